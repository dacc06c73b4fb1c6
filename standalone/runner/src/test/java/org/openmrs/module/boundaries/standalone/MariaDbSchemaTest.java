package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.Session;
import org.hibernate.dialect.MySQL57Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/** Schema and runner on MariaDb; see {@link AbstractSchemaTest}. */
class MariaDbSchemaTest extends AbstractSchemaTest {

	MariaDbSchemaTest() {
		super(Database.MARIADB);
	}

	@Test
	void theModulesTextColumnsAreUtf8mb4WhereCoresAreUtf8mb3AsTheInstallerCreatesThem() throws Exception {
		appliedToAnEmptyDatabase();

		assertEquals(new ArrayList<>(), textColumnsNotIn("utf8mb4", "TABLE_NAME LIKE 'boundaries\\_%'"),
		    "the module's text columns hold every character, emoji included");
		assertEquals(new ArrayList<>(), textColumnsNotIn("utf8mb3",
		    "TABLE_NAME IN ('users', 'person_name', 'provider')"),
		    "core's tables keep the installer's charset");
	}

	/**
	 * A real OpenMRS on MariaDB connects with MySQL Connector/J on the URL its installer writes and runs with core's
	 * default dialect, MySQL57Dialect: the statements Hibernate writes and the round trips each transaction costs
	 * are those, so the runner uses the same.
	 */
	@Test
	void thePlatformRunsOnMariaDbWithMySqlConnectorJAndCoresDefaultDialectAsARealOpenMrsDoes() throws Exception {
		appliedToAnEmptyDatabase();
		onThePlatform(database.runtimeProperties(url, user, password), context -> {
			SessionFactoryImplementor sessionFactory = context.getBean(SessionFactoryImplementor.class);
			assertEquals(MySQL57Dialect.class, sessionFactory.getJdbcServices().getDialect().getClass());
			try (Session session = sessionFactory.openSession()) {
				assertEquals("MySQL Connector/J", session.doReturningWork(c -> c.getMetaData().getDriverName()));
			}
		});
	}

	private List<String> textColumnsNotIn(String charset, String tables) throws SQLException {
		List<String> columns = new ArrayList<>();
		try (Connection c = database.connect(url, user, password);
		        Statement st = c.createStatement();
		        ResultSet rs = st.executeQuery("SELECT TABLE_NAME, COLUMN_NAME, CHARACTER_SET_NAME FROM information_schema.COLUMNS"
		                + " WHERE TABLE_SCHEMA = DATABASE() AND CHARACTER_SET_NAME IS NOT NULL AND " + tables
		                + " AND CHARACTER_SET_NAME <> '" + charset + "'")) {
			while (rs.next()) {
				columns.add(rs.getString(1) + "." + rs.getString(2) + " " + rs.getString(3));
			}
		}
		return columns;
	}
}
