package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openmrs.api.context.Context;
import org.springframework.web.context.support.XmlWebApplicationContext;

/**
 * The schema on one database: the platform's core-schema changelog plus the module's liquibase.xml apply on
 * an empty database, apply again as a no-op, and Hibernate validates every mapped entity against the result.
 * Then the whole runner starts on it, demo data included, and a demo account signs in. A server that cannot
 * be reached skips the test with the reason.
 * <p>
 * Tagged {@code persistence}: each such class runs in a JVM of its own (the platform, like OpenMRS, is one
 * per JVM), never beside {@link RunnerExtension}'s runner. Connection overrides: system properties
 * {@code boundaries.<db>.url}, {@code .user}, {@code .password} (db = mariadb or postgresql).
 */
@Tag("persistence")
abstract class AbstractSchemaTest {

	private final Database database;

	private String url;

	private String user;

	private String password;

	AbstractSchemaTest(Database database) {
		this.database = database;
	}

	@BeforeEach
	void connectionOrSkip() {
		String key = "boundaries." + database.name().toLowerCase() + ".";
		url = System.getProperty(key + "url", database.defaultUrl());
		user = System.getProperty(key + "user", database.getDefaultUser());
		password = System.getProperty(key + "password", database.getDefaultPassword());
		java.sql.DriverManager.setLoginTimeout(5);
		try (Connection ignored = database.connect(url, user, password)) {
			// reachable
		}
		catch (SQLException e) {
			Assumptions.abort(database + " at " + url + " (user " + user + ") is unreachable, test skipped: "
			        + e.getMessage());
		}
	}

	@Test
	void changelogsApplyOnAnEmptyDatabaseThenAgainAsANoOpAndHibernateValidates() throws Exception {
		SchemaUpdater schema = new SchemaUpdater(database, url, user, password);
		schema.dropAllTables();

		schema.update();
		int applied = countChangeSets();
		assertTrue(applied > 0, "changesets were applied");

		schema.update();
		assertEquals(applied, countChangeSets(), "the second run applies nothing");

		Properties runtime = database.runtimeProperties(url, user, password);
		runtime.setProperty("hibernate.hbm2ddl.auto", "validate");
		Context.setRuntimeProperties(runtime);
		XmlWebApplicationContext context = PlatformContext.start(null);
		try {
			assertTrue(context.isActive());
		}
		finally {
			context.close();
		}
	}

	@Test
	void runnerStartsOnItWithDemoAccounts() throws Exception {
		RunnerOptions options = RunnerOptions.parse(new String[] { "--port", "0", "--db", database.name(), "--db-url", url,
		        "--db-user", user, "--db-password", password }, java.util.Collections.emptyMap());
		try (StandaloneRunner runner = new StandaloneRunner(options).start()) {
			HttpSession http = new HttpSession(runner);
			HttpSession.Response signIn = http.signIn(DemoAccount.DOCTOR);
			assertEquals(200, signIn.status(), signIn.toString());
			assertTrue(http.get(HttpSession.SESSION_PATH).json().path("provider").asBoolean());
		}
	}

	private int countChangeSets() throws SQLException {
		try (Connection c = database.connect(url, user, password);
		        Statement st = c.createStatement();
		        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + changelogTable())) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** Liquibase names its table in upper case, which PostgreSQL folds to lower case. */
	private String changelogTable() {
		return database == Database.POSTGRESQL ? "databasechangelog" : "DATABASECHANGELOG";
	}
}
