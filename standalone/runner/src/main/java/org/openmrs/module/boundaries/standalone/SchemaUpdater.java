package org.openmrs.module.boundaries.standalone;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.ui.LoggerUIService;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * Brings a database to the schema the module needs, in the order OpenMRS does it: the platform's core
 * schema first (the standalone platform's changelog standing in for core's liquibase files), then the
 * module's {@code liquibase.xml} from the module's class path, under that same file name, as
 * {@code ModuleFactory} runs it when the module starts. Running it again on an up-to-date database does
 * nothing.
 */
public final class SchemaUpdater {

	/** The standalone platform's core-schema changelog (class path resource). */
	public static final String CORE_CHANGELOG = "org/openmrs/standalone/liquibase-core-schema.xml";

	/** What OpenMRS looks for at the root of every module. */
	public static final String MODULE_CHANGELOG = "liquibase.xml";

	private static final Logger log = LoggerFactory.getLogger(SchemaUpdater.class);

	/** Liquibase logs through java.util.logging: only problems are worth showing at every start. */
	private static final java.util.logging.Logger LIQUIBASE_LOG = java.util.logging.Logger.getLogger("liquibase");

	static {
		// No network here, and nothing to report to anyone
		System.setProperty("liquibase.analytics.enabled", "false");
		System.setProperty("liquibase.showBanner", "false");
		LIQUIBASE_LOG.setLevel(java.util.logging.Level.WARNING);
	}

	private final Database database;

	private final String url;

	private final String user;

	private final String password;

	public SchemaUpdater(Database database, String url, String user, String password) {
		this.database = database;
		this.url = url;
		this.user = user;
		this.password = password;
	}

	/** Core schema, then the module's changelog. */
	public void update() throws Exception {
		run(CORE_CHANGELOG);
		run(MODULE_CHANGELOG);
	}

	/** Drops every table of the target database or schema; see {@link Database#dropAllTables}. */
	public void dropAllTables() throws Exception {
		try (Connection connection = database.connect(url, user, password)) {
			database.dropAllTables(connection);
		}
	}

	private void run(String changelog) throws Exception {
		ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
		if (classLoader.getResource(changelog) == null) {
			throw new IllegalStateException("Changelog " + changelog + " is not on the class path");
		}
		log.info("Applying {}", changelog);
		Connection connection = database.connect(url, user, password);
		liquibase.database.Database target = DatabaseFactory.getInstance()
		        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
		try (Liquibase liquibase = new Liquibase(changelog, new ClassLoaderResourceAccessor(classLoader), target)) {
			// its summary goes to the log (quiet) rather than to standard output
			Map<String, Object> scope = new HashMap<>();
			scope.put(Scope.Attr.ui.name(), new LoggerUIService());
			Scope.child(scope, () -> liquibase.update(new Contexts(), new LabelExpression()));
		}
	}
}
