package org.openmrs.module.boundaries.standalone;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * The server the HTTP and Chromium suites talk to: by default the embedded runner that {@link RunnerExtension}
 * starts; with {@code -Dboundaries.targetUrl=http://127.0.0.1:8081/openmrs} an OpenMRS running elsewhere with the
 * module installed and the demo accounts created ({@link RealHostSeeder}). The suites read its database for their
 * "nothing was written" checks: {@code -Dboundaries.targetDbUrl} (with {@code -Dboundaries.targetDbUser}, default
 * {@code root}, and {@code -Dboundaries.targetDbPassword}, default empty). Tests that need the embedded runner's
 * insides are marked {@link NeedsEmbeddedRunner} and skipped there.
 */
interface TargetServer {

	String TARGET_URL = "boundaries.targetUrl";

	String TARGET_DB_URL = "boundaries.targetDbUrl";

	/** {@code http://host:port/openmrs} */
	String getBaseUrl();

	/** A connection to the server's database, for reading what the module wrote. */
	Connection connectDatabase() throws SQLException;

	/** True when the suites run against another server than the embedded runner. */
	static boolean isExternal() {
		return System.getProperty(TARGET_URL, "").trim().length() > 0;
	}

	/** The server named by the system properties; only when {@link #isExternal()}. */
	static TargetServer external() {
		String baseUrl = System.getProperty(TARGET_URL).trim().replaceAll("/+$", "");
		String dbUrl = System.getProperty(TARGET_DB_URL, "").trim();
		if (dbUrl.isEmpty()) {
			throw new IllegalStateException("-D" + TARGET_URL + " needs -D" + TARGET_DB_URL
			        + " (the server's database, read to check that refused requests wrote nothing)");
		}
		String user = System.getProperty("boundaries.targetDbUser", "root");
		String password = System.getProperty("boundaries.targetDbPassword", "");
		return new TargetServer() {

			@Override
			public String getBaseUrl() {
				return baseUrl;
			}

			@Override
			public Connection connectDatabase() throws SQLException {
				return DriverManager.getConnection(dbUrl, user, password);
			}

			@Override
			public String toString() {
				return baseUrl + " (database " + dbUrl + ")";
			}
		};
	}

	/** The embedded runner as a target. */
	static TargetServer of(StandaloneRunner runner) {
		return new TargetServer() {

			@Override
			public String getBaseUrl() {
				return runner.getBaseUrl();
			}

			@Override
			public Connection connectDatabase() throws SQLException {
				RunnerOptions options = runner.getOptions();
				return options.getDatabase().connect(options.getDbUrl(), options.getDbUser(), options.getDbPassword());
			}

			@Override
			public String toString() {
				return runner.getBaseUrl();
			}
		};
	}
}
