package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.openmrs.User;
import org.openmrs.util.Security;

/**
 * The stand-in's core mappings validate against the Liquibase core schema, which seeds the admin user.
 */
public class SchemaValidationTest {

	private static final String URL = "jdbc:h2:mem:schemavalidation;DB_CLOSE_DELAY=-1";

	@Test
	public void coreMappingsValidateAgainstTheLiquibaseCoreSchema() throws Exception {
		java.util.logging.Logger.getLogger("liquibase").setLevel(java.util.logging.Level.WARNING);
		try (Connection connection = DriverManager.getConnection(URL, "sa", "")) {
			Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase("org/openmrs/standalone/liquibase-core-schema.xml",
			        new ClassLoaderResourceAccessor(), database);
			liquibase.update("");
			liquibase.update("");

			try (Statement st = connection.createStatement();
			        ResultSet rs = st.executeQuery("select system_id, username, password, salt from users where user_id = 1")) {
				rs.next();
				assertEquals("admin", rs.getString(1));
				assertEquals("", rs.getString(2));
				assertEquals(Security.encodeString("Admin123" + rs.getString(4)), rs.getString(3));
			}
		}

		StandardServiceRegistry registry = new StandardServiceRegistryBuilder()
		        .applySetting(AvailableSettings.URL, URL).applySetting(AvailableSettings.USER, "sa")
		        .applySetting(AvailableSettings.PASS, "").applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
		        .applySetting("hibernate.id.new_generator_mappings", "false").build();
		MetadataSources sources = new MetadataSources(registry);
		for (String mapping : new String[] { "GlobalProperty", "LoginCredential", "Person", "PersonName", "Patient", "Privilege", "Role",
		        "Provider" }) {
			sources.addResource("org/openmrs/api/db/hibernate/" + mapping + ".hbm.xml");
		}
		sources.addAnnotatedClass(User.class);
		try (SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory()) {
			try (org.hibernate.Session session = sessionFactory.openSession()) {
				User admin = session.createQuery("from User u where u.systemId = 'admin'", User.class).uniqueResult();
				assertEquals("Super User", admin.getPersonName().getFullName());
				assertEquals(true, admin.isSuperUser());
			}
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}
}
