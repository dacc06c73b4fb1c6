package org.openmrs.module.boundaries.standalone.perf;

import java.net.URI;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;

import org.openmrs.module.boundaries.standalone.Database;

/**
 * What {@code standalone/perf.sh generate|bench} is told. The database is a dedicated one, never the shared
 * {@code test} database: MariaDB {@code boundaries_perf} (created when missing), or an H2 file under
 * {@code standalone/perf/data/}.
 */
final class PerfOptions {

	static final String MARIADB_URL = Database.mariaDbUrl("boundaries_perf");

	static final String H2_FILE = "standalone/perf/data/boundaries-perf";

	/** The password of every generated account. */
	static final String PASSWORD = "Perf1234";

	Database database = Database.MARIADB;

	String dbUrl;

	String dbUser;

	String dbPassword;

	double scale = 1.0;

	long seed = 42;

	int warmup = 500;

	int samples = 400;

	int senders = 8;

	int sendSeconds = 20;

	int sendWarmup = 300;

	int sendMax = 20_000;

	String output;

	/** A running OpenMRS to benchmark instead of the runner, e.g. {@code http://127.0.0.1:8080/openmrs}. */
	String baseUrl;

	/**
	 * Generate into a database that already has an OpenMRS schema with the module installed (a real server's,
	 * stopped), instead of emptying it and creating the runner's schema.
	 */
	boolean existingSchema;

	static PerfOptions parse(String[] args, int from) {
		PerfOptions options = new PerfOptions();
		for (int i = from; i < args.length; i++) {
			String arg = args[i];
			String value;
			int eq = arg.indexOf('=');
			if (eq > 0) {
				value = arg.substring(eq + 1);
				arg = arg.substring(0, eq);
			} else if (i + 1 < args.length) {
				value = args[++i];
			} else {
				throw new IllegalArgumentException("Missing value for " + arg);
			}
			switch (arg) {
				case "--db":
					options.database = Database.fromName(value);
					if (options.database == Database.POSTGRESQL) {
						throw new IllegalArgumentException("The performance tools support mariadb and h2");
					}
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
				case "--scale":
					options.scale = Double.parseDouble(value);
					if (!(options.scale > 0 && options.scale <= 1)) {
						throw new IllegalArgumentException("--scale is a fraction of the spec's volume, above 0 and at most 1");
					}
					break;
				case "--seed":
					options.seed = Long.parseLong(value);
					break;
				case "--warmup":
					options.warmup = positive(arg, value);
					break;
				case "--samples":
					options.samples = positive(arg, value);
					break;
				case "--senders":
					options.senders = positive(arg, value);
					break;
				case "--send-seconds":
					options.sendSeconds = positive(arg, value);
					break;
				case "--send-warmup":
					options.sendWarmup = positive(arg, value);
					break;
				case "--send-max":
					options.sendMax = positive(arg, value);
					break;
				case "--out":
					options.output = value;
					break;
				case "--base-url":
					options.baseUrl = baseUrl(value);
					break;
				case "--schema":
					options.existingSchema = schema(value);
					break;
				default:
					throw new IllegalArgumentException("Unknown option " + arg);
			}
		}
		return options;
	}

	/** Loopback only: the benchmark is a load test, and load tests only target this machine. */
	private static String baseUrl(String value) {
		URI uri = URI.create(value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
		String host = uri.getHost();
		if (!"http".equals(uri.getScheme()) || !("127.0.0.1".equals(host) || "localhost".equals(host))) {
			throw new IllegalArgumentException("--base-url must be an http URL on 127.0.0.1 or localhost");
		}
		return uri.toString();
	}

	private static boolean schema(String value) {
		if (!"runner".equals(value) && !"existing".equals(value)) {
			throw new IllegalArgumentException("--schema is runner or existing");
		}
		return "existing".equals(value);
	}

	private static int positive(String name, String value) {
		int n = Integer.parseInt(value);
		if (n < 1) {
			throw new IllegalArgumentException(name + " must be at least 1");
		}
		return n;
	}

	String url() {
		if (dbUrl != null) {
			return dbUrl;
		}
		if (database == Database.H2) {
			return "jdbc:h2:file:" + Paths.get(H2_FILE).toAbsolutePath() + ";LOCK_TIMEOUT=10000";
		}
		return MARIADB_URL;
	}

	String user() {
		return dbUser != null ? dbUser : database.getDefaultUser();
	}

	String password() {
		return dbPassword != null ? dbPassword : database.getDefaultPassword();
	}

	Connection connect() throws SQLException {
		return database.connect(url(), user(), password());
	}

	/** The database's name and version, for the results. */
	String describeDatabase(Connection connection) throws SQLException {
		return connection.getMetaData().getDatabaseProductName() + " "
		        + connection.getMetaData().getDatabaseProductVersion();
	}

	int scaled(int full, int minimum) {
		return Math.max(minimum, (int) Math.round(full * scale));
	}

	String describe() {
		return String.format(Locale.ROOT, "%s %s (scale %s)", database.name().toLowerCase(Locale.ROOT), url(), scale);
	}
}
