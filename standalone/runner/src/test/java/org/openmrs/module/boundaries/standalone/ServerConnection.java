package org.openmrs.module.boundaries.standalone;

/**
 * The connection the tests make to a database server: its documented default, or what
 * {@code -Dboundaries.<database>.url}, {@code .user} and {@code .password} say (e.g. {@code boundaries.mariadb.url}).
 */
final class ServerConnection {

	final String url;

	final String user;

	final String password;

	private ServerConnection(String url, String user, String password) {
		this.url = url;
		this.user = user;
		this.password = password;
	}

	static ServerConnection of(Database database) {
		String key = "boundaries." + database.name().toLowerCase() + ".";
		return new ServerConnection(System.getProperty(key + "url", database.defaultUrl()),
		        System.getProperty(key + "user", database.getDefaultUser()),
		        System.getProperty(key + "password", database.getDefaultPassword()));
	}
}
