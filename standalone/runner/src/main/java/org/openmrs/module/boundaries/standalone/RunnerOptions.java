package org.openmrs.module.boundaries.standalone;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the runner is told on the command line ({@code --port N --db h2|mariadb|postgresql --db-url U
 * --db-user U --db-password P}) or by the environment ({@code BOUNDARIES_PORT}).
 */
public final class RunnerOptions {

	public static final int DEFAULT_PORT = 8080;

	private int port = DEFAULT_PORT;

	/** Demo accounts have well-known passwords: only this machine is served unless told otherwise. */
	private String host = "127.0.0.1";

	private Database database = Database.H2;

	private String dbUrl;

	private String dbUser;

	private String dbPassword;

	private boolean demoData = true;

	private boolean keepData;

	private boolean statistics;

	private final Map<String, Path> spa = new LinkedHashMap<>();

	public static RunnerOptions parse(String[] args, Map<String, String> env) {
		RunnerOptions options = new RunnerOptions();
		String envPort = env.get("BOUNDARIES_PORT");
		if (envPort != null && !envPort.trim().isEmpty()) {
			options.port = parsePort(envPort.trim());
		}
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			String value = null;
			int eq = arg.indexOf('=');
			if (arg.startsWith("--") && eq > 0) {
				value = arg.substring(eq + 1);
				arg = arg.substring(0, eq);
			}
			switch (arg) {
				case "--help":
				case "-h":
					throw new IllegalArgumentException(usage());
				case "--no-demo-data":
					options.demoData = false;
					continue;
				case "--keep-data":
					options.keepData = true;
					continue;
				case "--statistics":
					options.statistics = true;
					continue;
				default:
					break;
			}
			if (value == null) {
				if (i + 1 >= args.length) {
					throw new IllegalArgumentException("Missing value for " + arg + "\n" + usage());
				}
				value = args[++i];
			}
			switch (arg) {
				case "--port":
					options.port = parsePort(value);
					break;
				case "--host":
					options.host = value;
					break;
				case "--db":
					options.database = Database.fromName(value);
					break;
				case "--db-url":
					options.dbUrl = value;
					break;
				case "--db-user":
					options.dbUser = value;
					break;
				case "--db-password":
					options.dbPassword = value;
					break;
				default:
					throw new IllegalArgumentException("Unknown option " + arg + "\n" + usage());
			}
		}
		return options;
	}

	public static String usage() {
		return "Usage: standalone/run.sh [--port N] [--host ADDRESS] [--db h2|mariadb|postgresql] [--db-url JDBC_URL] [--db-user USER]"
		        + " [--db-password PASSWORD] [--no-demo-data] [--keep-data] [--statistics]\n"
		        + "  --port         HTTP port (default 8080, or the BOUNDARIES_PORT environment variable; 0 = any free port)\n"
		        + "  --host         address to listen on (default 127.0.0.1; 0.0.0.0 for every interface)\n"
		        + "  --db           h2 (default: in memory, new at every start), mariadb (jdbc:mysql://127.0.0.1:3306/test,"
		        + " as OpenMRS's installer writes it, root, no password)\n"
		        + "                 or postgresql (jdbc:postgresql://127.0.0.1:5432/test, postgres, no password)\n"
		        + "                 MariaDB and PostgreSQL databases are EMPTIED at start: point them at a database of their own.\n"
		        + "  --db-url, --db-user, --db-password   override the connection of --db\n"
		        + "  --no-demo-data keep the demo accounts and their data out\n"
		        + "  --keep-data    start on the database as it is: nothing is emptied and no demo data is added (for a"
		        + " database filled by standalone/perf.sh generate)\n"
		        + "  --statistics   Hibernate's statistics (always gathered, as by the platform) served at /openmrs/runner/statistics (benchmarks only)";
	}

	private static int parsePort(String value) {
		try {
			int port = Integer.parseInt(value);
			if (port < 0 || port > 65535) {
				throw new NumberFormatException();
			}
			return port;
		}
		catch (NumberFormatException e) {
			throw new IllegalArgumentException("Not a port number: " + value);
		}
	}

	public RunnerOptions port(int port) {
		this.port = port;
		return this;
	}

	/** Starts on the database as it is: nothing dropped, no demo data. */
	public RunnerOptions keepData(boolean keepData) {
		this.keepData = keepData;
		return this;
	}

	/** Serves Hibernate's statistics (gathered always, as by the platform) at {@code /runner/statistics}. */
	public RunnerOptions statistics(boolean statistics) {
		this.statistics = statistics;
		return this;
	}

	/**
	 * Test only (the end-to-end test of the O3 frontend; no command-line flag): serves a directory under
	 * {@code /openmrs/spa/}, where an O3 server serves its single-page application; {@code webPath} is
	 * {@code /spa} or below it. Paths under {@code /spa/} that name no file answer {@code /spa/index.html}.
	 */
	public RunnerOptions serveSpa(String webPath, Path directory) {
		if (!webPath.equals(SpaServlet.PATH) && !webPath.startsWith(SpaServlet.PATH + "/")) {
			throw new IllegalArgumentException("Not under " + SpaServlet.PATH + ": " + webPath);
		}
		spa.put(webPath, directory);
		return this;
	}

	public RunnerOptions connection(String url, String user, String password) {
		this.dbUrl = url;
		this.dbUser = user;
		this.dbPassword = password;
		return this;
	}

	public RunnerOptions demoData(boolean demoData) {
		this.demoData = demoData;
		return this;
	}

	public RunnerOptions database(Database database) {
		this.database = database;
		return this;
	}

	public int getPort() {
		return port;
	}

	public String getHost() {
		return host;
	}

	public Database getDatabase() {
		return database;
	}

	/** Resolved once: for H2 every default URL names a new in-memory database. */
	public String getDbUrl() {
		if (dbUrl == null) {
			dbUrl = database.defaultUrl();
		}
		return dbUrl;
	}

	public String getDbUser() {
		return dbUser != null ? dbUser : database.getDefaultUser();
	}

	public String getDbPassword() {
		return dbPassword != null ? dbPassword : database.getDefaultPassword();
	}

	/** Demo data is loaded unless asked not to, and never into kept data. */
	public boolean isDemoData() {
		return demoData && !keepData;
	}

	public boolean isKeepData() {
		return keepData;
	}

	public boolean isStatistics() {
		return statistics;
	}

	/** What {@link #serveSpa} added: web path to directory; empty unless a test asked. */
	public Map<String, Path> getSpa() {
		return Collections.unmodifiableMap(spa);
	}
}
