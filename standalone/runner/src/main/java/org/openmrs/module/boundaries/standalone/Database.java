package org.openmrs.module.boundaries.standalone;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * The databases the runner (and its persistence tests) can use, with the connection each one gets when
 * nothing else is said. The runtime properties produced here are the ones a real OpenMRS
 * {@code openmrs-runtime.properties} holds ({@code connection.*}, {@code hibernate.dialect}).
 */
public enum Database {

	/** In memory, a new database for every start. */
	H2("org.h2.Driver", "org.hibernate.dialect.H2Dialect", null, "sa", ""),

	/**
	 * As a real OpenMRS runs on MariaDB: MySQL Connector/J (the driver core's webapp ships) on the URL its installer
	 * writes, and core's default dialect, MySQL57Dialect (the installer writes none). A {@code jdbc:mariadb:} URL
	 * takes MariaDB's own driver instead.
	 */
	MARIADB("com.mysql.cj.jdbc.Driver", "org.hibernate.dialect.MySQL57Dialect", mariaDbUrl("test"), "root", ""),

	POSTGRESQL("org.postgresql.Driver", "org.hibernate.dialect.PostgreSQL10Dialect",
	        "jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");

	private static final String MARIADB_DRIVER_PREFIX = "jdbc:mariadb:";

	private static final String MARIADB_DRIVER = "org.mariadb.jdbc.Driver";

	private final String driverClass;

	private final String dialect;

	private final String defaultUrl;

	private final String defaultUser;

	private final String defaultPassword;

	Database(String driverClass, String dialect, String defaultUrl, String defaultUser, String defaultPassword) {
		this.driverClass = driverClass;
		this.dialect = dialect;
		this.defaultUrl = defaultUrl;
		this.defaultUser = defaultUser;
		this.defaultPassword = defaultPassword;
	}

	/** The URL of a database on the local MariaDB server as OpenMRS's installer writes it. */
	public static String mariaDbUrl(String databaseName) {
		return "jdbc:mysql://127.0.0.1:3306/" + databaseName
		        + "?autoReconnect=true&sessionVariables=default_storage_engine=InnoDB&useUnicode=true&characterEncoding=UTF-8";
	}

	public static Database fromName(String name) {
		try {
			return valueOf(name.trim().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("Unknown database '" + name + "': use h2, mariadb or postgresql");
		}
	}

	/** The JDBC driver for a URL of this database. */
	public String driverClassFor(String url) {
		return url != null && url.startsWith(MARIADB_DRIVER_PREFIX) ? MARIADB_DRIVER : driverClass;
	}

	public String getDialect() {
		return dialect;
	}

	/** A new in-memory database each call for H2; the documented server address otherwise. */
	public String defaultUrl() {
		if (this == H2) {
			return "jdbc:h2:mem:boundaries-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
		}
		return defaultUrl;
	}

	public String getDefaultUser() {
		return defaultUser;
	}

	public String getDefaultPassword() {
		return defaultPassword;
	}

	/** The connection settings in the form OpenMRS's runtime properties give them. */
	public Properties runtimeProperties(String url, String user, String password) {
		Properties props = new Properties();
		props.setProperty("connection.url", url);
		props.setProperty("connection.username", user);
		props.setProperty("connection.password", password == null ? "" : password);
		props.setProperty("connection.driver_class", driverClassFor(url));
		props.setProperty("hibernate.dialect", dialect);
		return props;
	}

	public Connection connect(String url, String user, String password) throws SQLException {
		String driver = driverClassFor(url);
		try {
			Class.forName(driver);
		}
		catch (ClassNotFoundException e) {
			throw new SQLException("JDBC driver " + driver + " is not on the class path", e);
		}
		return DriverManager.getConnection(url, user, password == null ? "" : password);
	}

	/**
	 * Drops every table (and, on PostgreSQL, every sequence) of the database or schema the connection points
	 * at, so that Liquibase starts from an empty database. Only ever pointed at a database the runner owns.
	 */
	public void dropAllTables(Connection connection) throws SQLException {
		try (Statement st = connection.createStatement()) {
			switch (this) {
				case H2:
					st.execute("DROP ALL OBJECTS");
					break;
				case MARIADB:
					List<String> tables = names(st,
					    "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()");
					st.execute("SET FOREIGN_KEY_CHECKS = 0");
					try {
						for (String table : tables) {
							st.execute("DROP TABLE IF EXISTS `" + table + "`");
						}
					}
					finally {
						st.execute("SET FOREIGN_KEY_CHECKS = 1");
					}
					break;
				case POSTGRESQL:
					for (String table : names(st, "SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")) {
						st.execute("DROP TABLE IF EXISTS \"" + table + "\" CASCADE");
					}
					for (String seq : names(st,
					    "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = current_schema()")) {
						st.execute("DROP SEQUENCE IF EXISTS \"" + seq + "\" CASCADE");
					}
					break;
				default:
					throw new IllegalStateException(name());
			}
		}
	}

	private static List<String> names(Statement st, String sql) throws SQLException {
		List<String> names = new ArrayList<>();
		try (ResultSet rs = st.executeQuery(sql)) {
			while (rs.next()) {
				names.add(rs.getString(1));
			}
		}
		return names;
	}
}
