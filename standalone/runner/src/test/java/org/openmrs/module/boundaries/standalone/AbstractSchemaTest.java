package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openmrs.api.context.Context;
import org.springframework.web.context.support.XmlWebApplicationContext;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The schema on one database: the platform's core-schema changelog plus the module's liquibase.xml apply on
 * an empty database (every changeSet of the module runs), apply again as a no-op (nothing recorded, no table,
 * column or index changed), are skipped by their preconditions where the module's objects exist without their
 * changelog rows, and Hibernate validates every mapped entity against the result.
 * Then the whole runner starts on it, demo data included, and a demo account signs in. A server that cannot
 * be reached skips the test with the reason. On MariaDB the database is created as OpenMRS's installer creates
 * its own ({@link InstallerCreatedDatabase}).
 * <p>
 * Tagged {@code persistence}: each such class runs in a JVM of its own (the platform, like OpenMRS, is one
 * per JVM), never beside {@link RunnerExtension}'s runner. Connection overrides: system properties
 * {@code boundaries.<db>.url}, {@code .user}, {@code .password} (db = mariadb or postgresql).
 */
@Tag("persistence")
abstract class AbstractSchemaTest {

	final Database database;

	String url;

	String user;

	String password;

	AbstractSchemaTest(Database database) {
		this.database = database;
	}

	@BeforeEach
	void connectionOrSkip() throws SQLException {
		ServerConnection server = ServerConnection.of(database);
		url = server.url;
		user = server.user;
		password = server.password;
		java.sql.DriverManager.setLoginTimeout(5);
		try (Connection ignored = database.connect(url, user, password)) {
			// reachable
		}
		catch (SQLException e) {
			Assumptions.abort(database + " at " + url + " (user " + user + ") is unreachable, test skipped: "
			        + e.getMessage());
		}
		if (database == Database.MARIADB) {
			url = InstallerCreatedDatabase.create(url, user, password);
		}
	}

	@Test
	void changelogsApplyOnAnEmptyDatabaseThenAgainAsANoOpAndHibernateValidates() throws Exception {
		SchemaUpdater schema = appliedToAnEmptyDatabase();
		int applied = countChangeSets();
		assertTrue(applied > 0, "changesets were applied");
		assertEquals(moduleChangeSetsInTheChangelog(), countModuleChangeSets("EXECUTED"),
		    "every changeSet of the module's liquibase.xml meant for this database ran");
		String created = schemaFingerprint();

		schema.update();
		assertEquals(applied, countChangeSets(), "the second run applies nothing");
		assertEquals(created, schemaFingerprint(), "the second run changes no table, column or index");

		Properties runtime = database.runtimeProperties(url, user, password);
		runtime.setProperty("hibernate.hbm2ddl.auto", "validate");
		onThePlatform(runtime, context -> assertTrue(context.isActive()));
	}

	/** What a test checks on the platform while it runs. */
	interface PlatformCheck {

		void check(XmlWebApplicationContext context) throws Exception;
	}

	/** Starts the platform (its Spring contexts, Hibernate included) on these runtime properties, checks, stops it. */
	static void onThePlatform(Properties runtime, PlatformCheck check) throws Exception {
		Context.setRuntimeProperties(runtime);
		XmlWebApplicationContext context = PlatformContext.start(null);
		try {
			check.check(context);
		}
		finally {
			context.close();
		}
	}

	/**
	 * OpenMRS may meet the module's tables without their changelog rows (a database copied without them, a module
	 * reinstalled): every changeSet's precondition must then mark it ran instead of failing or changing anything.
	 */
	@Test
	void theModulesChangeSetsAreMarkedRanWhereTheirObjectsAlreadyExist() throws Exception {
		SchemaUpdater schema = appliedToAnEmptyDatabase();
		String created = schemaFingerprint();
		try (Connection c = database.connect(url, user, password); Statement st = c.createStatement()) {
			st.executeUpdate("DELETE FROM " + changelogTable() + " WHERE " + column("FILENAME") + " = '"
			        + SchemaUpdater.MODULE_CHANGELOG + "'");
		}

		schema.update();

		assertEquals(moduleChangeSetsInTheChangelog(), countModuleChangeSets("MARK_RAN"),
		    "every changeSet of the module was skipped by its precondition");
		assertEquals(created, schemaFingerprint());
	}

	@Test
	void runnerStartsOnItWithDemoAccounts() throws Exception {
		RunnerOptions options = RunnerOptions.parse(new String[] { "--port", "0", "--db", database.name(), "--db-url", url,
		        "--db-user", user, "--db-password", password }, java.util.Collections.emptyMap());
		try (StandaloneRunner runner = new StandaloneRunner(options).start()) {
			HttpSession http = new HttpSession(TargetServer.of(runner));
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

	SchemaUpdater appliedToAnEmptyDatabase() throws Exception {
		SchemaUpdater schema = new SchemaUpdater(database, url, user, password);
		schema.dropAllTables();
		schema.update();
		return schema;
	}

	private int countModuleChangeSets(String execType) throws SQLException {
		try (Connection c = database.connect(url, user, password);
		        Statement st = c.createStatement();
		        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + changelogTable() + " WHERE " + column("FILENAME")
		                + " = '" + SchemaUpdater.MODULE_CHANGELOG + "' AND " + column("EXECTYPE") + " = '" + execType + "'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** The changeSets of the module's liquibase.xml that Liquibase runs on this database (by their dbms). */
	private int moduleChangeSetsInTheChangelog() throws Exception {
		try (InputStream in = AbstractSchemaTest.class.getClassLoader().getResourceAsStream(SchemaUpdater.MODULE_CHANGELOG)) {
			NodeList changeSets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
			        .getElementsByTagName("changeSet");
			int meantForThisDatabase = 0;
			for (int i = 0; i < changeSets.getLength(); i++) {
				String dbms = ((Element) changeSets.item(i)).getAttribute("dbms");
				if (dbms.isEmpty() || Arrays.asList(dbms.split(",")).contains(database.name().toLowerCase())) {
					meantForThisDatabase++;
				}
			}
			return meantForThisDatabase;
		}
	}

	/** Every table (but Liquibase's own) with its columns and indexes, as the database describes them. */
	private String schemaFingerprint() throws SQLException {
		StringBuilder fingerprint = new StringBuilder();
		try (Connection c = database.connect(url, user, password)) {
			DatabaseMetaData metaData = c.getMetaData();
			List<String> tables = new ArrayList<>();
			try (ResultSet rs = metaData.getTables(c.getCatalog(), c.getSchema(), "%", new String[] { "TABLE" })) {
				while (rs.next()) {
					if (!rs.getString("TABLE_NAME").toUpperCase().startsWith("DATABASECHANGELOG")) {
						tables.add(rs.getString("TABLE_NAME"));
					}
				}
			}
			Collections.sort(tables);
			for (String table : tables) {
				fingerprint.append(table.toLowerCase()).append('(');
				try (ResultSet rs = metaData.getColumns(c.getCatalog(), c.getSchema(), table, "%")) {
					while (rs.next()) {
						fingerprint.append(rs.getString("COLUMN_NAME").toLowerCase()).append(' ')
						        .append(rs.getString("TYPE_NAME")).append(' ').append(rs.getInt("COLUMN_SIZE")).append(' ')
						        .append(rs.getInt("NULLABLE")).append(", ");
					}
				}
				List<String> indexes = new ArrayList<>();
				try (ResultSet rs = metaData.getIndexInfo(c.getCatalog(), c.getSchema(), table, false, false)) {
					while (rs.next()) {
						indexes.add(rs.getString("INDEX_NAME") + ":" + rs.getString("COLUMN_NAME") + ":"
						        + rs.getBoolean("NON_UNIQUE"));
					}
				}
				Collections.sort(indexes);
				fingerprint.append(indexes).append(")\n");
			}
		}
		return fingerprint.toString();
	}

	/** Liquibase's column names, folded to lower case by PostgreSQL like its table name. */
	private String column(String name) {
		return database == Database.POSTGRESQL ? name.toLowerCase() : name;
	}

	/** Liquibase names its table in upper case, which PostgreSQL folds to lower case. */
	private String changelogTable() {
		return database == Database.POSTGRESQL ? "databasechangelog" : "DATABASECHANGELOG";
	}
}
