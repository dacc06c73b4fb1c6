package org.openmrs.module.boundaries.standalone;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A MariaDB database created as OpenMRS's installer creates its own ({@code CREATE DATABASE ... DEFAULT CHARACTER SET
 * utf8}, which MariaDB reads as utf8mb3): every table the platform and the module then create takes that charset,
 * unless a changeSet says otherwise. The test server's own {@code test} database is utf8mb4, the server's default, and
 * hid that a text with an emoji could not be stored on a real OpenMRS.
 */
final class InstallerCreatedDatabase {

	private static final String NAME = "boundaries_installer_charset";

	private InstallerCreatedDatabase() {
	}

	/**
	 * Creates the database anew on the server of {@code serverUrl} (a {@code jdbc:mysql} or {@code jdbc:mariadb} URL
	 * naming any database there) and returns its URL.
	 */
	static String create(String serverUrl, String user, String password) throws SQLException {
		try (Connection connection = Database.MARIADB.connect(serverUrl, user, password);
		        Statement statement = connection.createStatement()) {
			statement.execute("DROP DATABASE IF EXISTS " + NAME);
			statement.execute("CREATE DATABASE " + NAME + " DEFAULT CHARACTER SET utf8");
		}
		return serverUrl.replaceFirst("^(jdbc:(?:mysql|mariadb)://[^/]+/)[^?]*", "$1" + NAME);
	}
}
