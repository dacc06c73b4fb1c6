package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.logging.Level;

import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.junit.jupiter.api.Test;
import org.openmrs.PersonName;
import org.openmrs.User;
import org.openmrs.notification.AlertRecipient;
import org.openmrs.util.Security;

/**
 * The stand-in's core mappings validate against the Liquibase core schema, which seeds the admin user. Always on
 * in-memory H2; on MariaDB and PostgreSQL when given an empty database with
 * {@code -Dstandalone.test.mariadbUrl=jdbc:mariadb://...?user=..&password=..} or
 * {@code -Dstandalone.test.postgresqlUrl=jdbc:postgresql://...?user=..&password=..}.
 */
public class SchemaValidationTest {

	@Test
	public void coreMappingsValidateAgainstTheLiquibaseCoreSchemaOnH2() throws Exception {
		validate("jdbc:h2:mem:schemavalidation;DB_CLOSE_DELAY=-1;USER=sa");
	}

	@Test
	public void coreMappingsValidateAgainstTheLiquibaseCoreSchemaOnMariaDb() throws Exception {
		String url = System.getProperty("standalone.test.mariadbUrl");
		assumeTrue(url != null, "no -Dstandalone.test.mariadbUrl");
		validate(url);
	}

	@Test
	public void coreMappingsValidateAgainstTheLiquibaseCoreSchemaOnPostgreSql() throws Exception {
		String url = System.getProperty("standalone.test.postgresqlUrl");
		assumeTrue(url != null, "no -Dstandalone.test.postgresqlUrl");
		validate(url);
	}

	private void validate(String url) throws Exception {
		java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
		root.setLevel(Level.WARNING);
		for (java.util.logging.Handler handler : root.getHandlers()) {
			handler.setLevel(Level.WARNING);
		}
		try (Connection connection = DriverManager.getConnection(url)) {
			Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
			Liquibase liquibase = new Liquibase("org/openmrs/standalone/liquibase-core-schema.xml",
			        new ClassLoaderResourceAccessor(), database);
			liquibase.update("");
			liquibase.update("");
			try (Statement st = connection.createStatement();
			        ResultSet rs = st.executeQuery("select system_id, username, password, salt from users where user_id = 1")) {
				assertTrue(rs.next());
				assertEquals("admin", rs.getString(1));
				assertEquals(Security.encodeString("Admin123" + rs.getString(4)), rs.getString(3));
			}
		}

		// every mapping file the platform's hibernate.cfg.xml lists, so a new one is validated too
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().configure("hibernate.cfg.xml")
		        .applySetting(AvailableSettings.URL, url)
		        .applySetting(AvailableSettings.HBM2DDL_AUTO, "validate")
		        .applySetting("hibernate.id.new_generator_mappings", "false").build();
		MetadataSources sources = new MetadataSources(registry);
		sources.addAnnotatedClass(User.class);
		sources.addAnnotatedClass(AlertRecipient.class);
		try (SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory()) {
			try (Session session = sessionFactory.openSession()) {
				User admin = session.createQuery("from User u where u.systemId = 'admin'", User.class).uniqueResult();
				assertEquals("Super User", admin.getPersonName().getFullName());
				assertTrue(admin.isSuperUser());

				// generated ids continue after the seeded rows
				session.beginTransaction();
				PersonName name = new PersonName("Ada", null, "Lovelace");
				name.setCreator(admin);
				name.setDateCreated(new java.util.Date());
				admin.getPerson().addName(name);
				session.save(name);
				session.flush();
				assertTrue(name.getPersonNameId() > 1);
				session.getTransaction().rollback();
			}
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}
}
