package org.openmrs.test.jupiter;

import static org.springframework.test.context.TestExecutionListeners.MergeMode.MERGE_WITH_DEFAULTS;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.dbunit.DatabaseUnitException;
import org.dbunit.DatabaseUnitRuntimeException;
import org.dbunit.database.DatabaseConfig;
import org.dbunit.database.DatabaseConnection;
import org.dbunit.database.IDatabaseConnection;
import org.dbunit.dataset.DataSetException;
import org.dbunit.dataset.DefaultDataSet;
import org.dbunit.dataset.DefaultTable;
import org.dbunit.dataset.IDataSet;
import org.dbunit.dataset.ReplacementDataSet;
import org.dbunit.dataset.xml.FlatXmlDataSet;
import org.dbunit.ext.h2.H2DataTypeFactory;
import org.dbunit.ext.mysql.MySqlDataTypeFactory;
import org.dbunit.ext.mysql.MySqlMetadataHandler;
import org.dbunit.ext.postgresql.PostgresqlDataTypeFactory;
import org.dbunit.operation.DatabaseOperation;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Environment;
import org.hibernate.dialect.H2Dialect;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.RootClass;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mockito.junit.jupiter.MockitoExtension;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.ServiceContext;
import org.openmrs.api.db.ContextDAO;
import org.openmrs.api.db.hibernate.HibernateSessionFactoryBean;
import org.openmrs.util.HandlerUtil;
import org.openmrs.api.context.ContextAuthenticationException;
import org.openmrs.api.context.Credentials;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.test.SkipBaseSetupAnnotationExecutionListener;
import org.openmrs.util.OpenmrsConstants;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.test.annotation.Rollback;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestExecutionListeners;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stand-in for {@code org.openmrs.test.jupiter.BaseContextSensitiveTest} (openmrs-api test-jar): a JUnit 5 test
 * running inside the platform's Spring context, each test in a transaction rolled back at its end. Before the
 * first test the database is emptied and loaded with {@value #INITIAL_XML_DATASET_PACKAGE_PATH} and
 * {@value #EXAMPLE_XML_DATASET_PACKAGE_PATH} (committed); before each test "admin" signs in.
 * <p>
 * The database is in-memory H2 (schema created by Hibernate), or, with {@code -DuseInMemoryDatabase=false}, the
 * one given by {@code -DdatabaseUrl -DdatabaseDriver -DdatabaseDialect -DdatabaseUsername -DdatabasePassword}
 * (schema updated by Hibernate; every table in it is emptied).
 */
@ContextConfiguration(locations = { "classpath:applicationContext-service.xml", "classpath*:moduleApplicationContext.xml",
        "classpath*:TestingApplicationContext.xml" })
@TestExecutionListeners(listeners = { SkipBaseSetupAnnotationExecutionListener.class }, mergeMode = MERGE_WITH_DEFAULTS)
@Transactional
@Rollback
@ExtendWith(SpringExtension.class)
@ExtendWith(MockitoExtension.class)
public abstract class BaseContextSensitiveTest {

	protected static final String INITIAL_XML_DATASET_PACKAGE_PATH = "org/openmrs/include/initialInMemoryTestDataSet.xml";

	protected static final String EXAMPLE_XML_DATASET_PACKAGE_PATH = "org/openmrs/include/standardTestDataset.xml";

	protected static Properties runtimeProperties;

	private static volatile boolean isBaseSetup;

	private static volatile Object baseSetupSessionFactory;

	private static final Map<String, IDataSet> cachedDatasets = new HashMap<>();

	private User authenticatedUser;

	private boolean skipBaseSetup = false;

	@Autowired
	protected ApplicationContext applicationContext;

	public BaseContextSensitiveTest() {
		Context.setRuntimeProperties(getRuntimeProperties());
	}

	public String getWebappName() {
		return "openmrs";
	}

	/**
	 * The runtime properties the platform starts with: the database connection and {@code hibernate.hbm2ddl.auto}
	 * (create-drop in memory, update otherwise), plus a temporary application data directory.
	 */
	public Properties getRuntimeProperties() {
		if (runtimeProperties == null) {
			runtimeProperties = new Properties();
		}
		if (useInMemoryDatabase()) {
			runtimeProperties.setProperty(Environment.DIALECT, H2Dialect.class.getName());
			String url = "jdbc:h2:mem:openmrs;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000;IGNORECASE=TRUE";
			runtimeProperties.setProperty(Environment.URL, url);
			runtimeProperties.setProperty(Environment.DRIVER, "org.h2.Driver");
			runtimeProperties.setProperty(Environment.USER, "sa");
			runtimeProperties.setProperty(Environment.PASS, "");
			runtimeProperties.setProperty("connection.username", "sa");
			runtimeProperties.setProperty("connection.password", "");
			runtimeProperties.setProperty("connection.url", url);
			runtimeProperties.setProperty(Environment.HBM2DDL_AUTO, "create-drop");
		} else {
			String url = System.getProperty("databaseUrl");
			String username = System.getProperty("databaseUsername");
			String password = System.getProperty("databasePassword");
			runtimeProperties.setProperty(Environment.URL, url);
			runtimeProperties.setProperty(Environment.DRIVER, System.getProperty("databaseDriver"));
			runtimeProperties.setProperty(Environment.USER, username);
			runtimeProperties.setProperty(Environment.PASS, password);
			runtimeProperties.setProperty(Environment.DIALECT, System.getProperty("databaseDialect"));
			runtimeProperties.setProperty("connection.username", username);
			runtimeProperties.setProperty("connection.password", password);
			runtimeProperties.setProperty("connection.url", url);
			runtimeProperties.setProperty(Environment.HBM2DDL_AUTO, "update");
		}
		if (!runtimeProperties.containsKey(OpenmrsConstants.APPLICATION_DATA_DIRECTORY_RUNTIME_PROPERTY)) {
			try {
				File tempappdir = File.createTempFile("appdir-for-unit-tests-", "");
				tempappdir.delete();
				tempappdir.mkdir();
				tempappdir.deleteOnExit();
				runtimeProperties.setProperty(OpenmrsConstants.APPLICATION_DATA_DIRECTORY_RUNTIME_PROPERTY,
				    tempappdir.getAbsolutePath());
			}
			catch (IOException e) {
				// no application data directory: nothing in the stand-in needs one
			}
		}
		return runtimeProperties;
	}

	protected Credentials getCredentials() {
		return new UsernamePasswordCredentials("admin", "test");
	}

	/**
	 * Signs in with {@link #getCredentials()} unless that user is already signed in.
	 */
	public void authenticate() {
		if (Context.isAuthenticated() && Context.getAuthenticatedUser().equals(authenticatedUser)) {
			return;
		}
		try {
			Context.authenticate(getCredentials());
			authenticatedUser = Context.getAuthenticatedUser();
		}
		catch (ContextAuthenticationException wrongCredentialsError) {
			throw new IllegalStateException("Unable to sign in the test user " + getCredentials().getClientName(),
			        wrongCredentialsError);
		}
	}

	public Boolean useInMemoryDatabase() {
		return !"false".equals(System.getProperty("useInMemoryDatabase"));
	}

	/**
	 * @return the JDBC connection of the current test transaction
	 */
	public Connection getConnection() {
		SessionFactory sessionFactory = (SessionFactory) applicationContext.getBean("sessionFactory");
		return sessionFactory.getCurrentSession().doReturningWork(connection -> connection);
	}

	public void initializeInMemoryDatabase() throws SQLException {
		if (!useInMemoryDatabase()) {
			throw new RuntimeException(
			        "You shouldn't be initializing a NON in-memory database. Consider unoverriding useInMemoryDatabase");
		}
		try (Statement statement = getConnection().createStatement()) {
			statement.execute("ALTER TABLE person ALTER COLUMN creator SET NULL");
		}
		executeDataSet(INITIAL_XML_DATASET_PACKAGE_PATH);
	}

	/**
	 * Runs a DbUnit flat XML data set (a file path or a classpath resource) with REFRESH: rows are inserted or
	 * updated; "[NULL]" stands for null.
	 */
	public void executeDataSet(String datasetFilename) {
		IDataSet xmlDataSetToRun = cachedDatasets.get(datasetFilename);
		if (xmlDataSetToRun == null) {
			File file = new File(datasetFilename);
			try (InputStream in = file.exists() ? new FileInputStream(file) : getClass().getClassLoader()
			        .getResourceAsStream(datasetFilename)) {
				if (in == null) {
					throw new FileNotFoundException("Unable to find '" + datasetFilename + "' in the classpath");
				}
				Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
				ReplacementDataSet replacementDataSet = new ReplacementDataSet(new FlatXmlDataSet(reader, false, true,
				        false));
				replacementDataSet.addReplacementObject("[NULL]", null);
				xmlDataSetToRun = replacementDataSet;
			}
			catch (DataSetException | IOException e) {
				throw new DatabaseUnitRuntimeException(e);
			}
			cachedDatasets.put(datasetFilename, xmlDataSetToRun);
		}
		executeDataSet(xmlDataSetToRun);
	}

	public void executeDataSet(IDataSet dataset) {
		try {
			IDatabaseConnection dbUnitConn = setupDatabaseConnection(getConnection());
			DatabaseOperation.REFRESH.execute(dbUnitConn, dataset);
			if (isPostgreSQL()) {
				updatePostgresSequences();
			}
		}
		catch (DatabaseUnitException | SQLException e) {
			throw new DatabaseUnitRuntimeException(e);
		}
	}

	/**
	 * On PostgreSQL, rows inserted with explicit ids do not move the id sequences: move each entity table's
	 * sequence (the column's own, else {@code <table>_<column>_seq}) past the largest id, as the real platform's
	 * {@code updatePostgresSequence()} does for its tables.
	 */
	protected void updatePostgresSequences() throws SQLException {
		HibernateSessionFactoryBean factoryBean = (HibernateSessionFactoryBean) applicationContext.getBean("&sessionFactory");
		Connection connection = getConnection();
		for (PersistentClass entity : factoryBean.getMetadata().getEntityBindings()) {
			if (!(entity instanceof RootClass) || entity.getIdentifier() == null
			        || entity.getIdentifier().getColumnSpan() != 1) {
				continue;
			}
			String table = entity.getTable().getName();
			String column = ((Column) entity.getIdentifier().getColumnIterator().next()).getName();
			String sequence = null;
			try (PreparedStatement ps = connection.prepareStatement(
			    "select coalesce(pg_get_serial_sequence(?, ?), to_regclass(?)::text)")) {
				ps.setString(1, table);
				ps.setString(2, column);
				ps.setString(3, table + "_" + column + "_seq");
				try (ResultSet rs = ps.executeQuery()) {
					if (rs.next()) {
						sequence = rs.getString(1);
					}
				}
			}
			if (sequence != null) {
				try (PreparedStatement ps = connection.prepareStatement("select setval(?, coalesce((select max(" + column
				        + ") from " + table + "), 0) + 1, false)")) {
					ps.setString(1, sequence);
					ps.execute();
				}
			}
		}
	}

	/**
	 * A DbUnit connection with the data types of the database (H2, PostgreSQL schema "public", or MySQL/MariaDB).
	 */
	protected IDatabaseConnection setupDatabaseConnection(Connection connection) throws DatabaseUnitException {
		if (useInMemoryDatabase()) {
			IDatabaseConnection dbUnitConn = new DatabaseConnection(connection);
			dbUnitConn.getConfig().setProperty(DatabaseConfig.PROPERTY_DATATYPE_FACTORY, new H2DataTypeFactory());
			return dbUnitConn;
		}
		if (isPostgreSQL()) {
			IDatabaseConnection dbUnitConn = new DatabaseConnection(connection, "public");
			dbUnitConn.getConfig().setProperty(DatabaseConfig.PROPERTY_DATATYPE_FACTORY, new PostgresqlDataTypeFactory());
			return dbUnitConn;
		}
		// Only the test database's tables, as core's OpenmrsMetadataHandler does: MariaDB's performance_schema has a
		// "users" table too, which would make DbUnit's table lookup ambiguous
		IDatabaseConnection dbUnitConn;
		try {
			dbUnitConn = new DatabaseConnection(connection, connection.getCatalog());
		}
		catch (SQLException e) {
			throw new DatabaseUnitException(e);
		}
		dbUnitConn.getConfig().setProperty(DatabaseConfig.PROPERTY_DATATYPE_FACTORY, new MySqlDataTypeFactory());
		dbUnitConn.getConfig().setProperty(DatabaseConfig.PROPERTY_METADATA_HANDLER, new MySqlMetadataHandler());
		return dbUnitConn;
	}

	/**
	 * True with {@code -Ddatabase=postgres} (as in the real platform) or a PostgreSQL {@code -DdatabaseUrl}.
	 */
	protected boolean isPostgreSQL() {
		return "postgres".equals(System.getProperty("database"))
		        || (!useInMemoryDatabase() && String.valueOf(System.getProperty("databaseUrl")).startsWith("jdbc:postgresql"));
	}

	protected void turnOnDBConstraints(Connection connection) throws SQLException {
		executeStatement(connection, constraintsSql(true));
	}

	protected void turnOffDBConstraints(Connection connection) throws SQLException {
		executeStatement(connection, constraintsSql(false));
	}

	private String constraintsSql(boolean on) {
		if (useInMemoryDatabase()) {
			return on ? "SET REFERENTIAL_INTEGRITY TRUE" : "SET REFERENTIAL_INTEGRITY FALSE";
		}
		if (isPostgreSQL()) {
			return on ? "SET session_replication_role = origin;" : "SET session_replication_role = replica;";
		}
		return on ? "SET FOREIGN_KEY_CHECKS=1;" : "SET FOREIGN_KEY_CHECKS=0;";
	}

	private static void executeStatement(Connection connection, String sql) throws SQLException {
		try (PreparedStatement ps = connection.prepareStatement(sql)) {
			ps.execute();
		}
	}

	/**
	 * Empties every table of the database and commits.
	 */
	public synchronized void deleteAllData() {
		try {
			Context.clearSession();
			Connection connection = getConnection();
			DefaultDataSet dataset = new DefaultDataSet();
			String catalog = System.getProperty("databaseName");
			if (catalog == null && !useInMemoryDatabase() && !isPostgreSQL()) {
				catalog = connection.getCatalog();
			}
			try (ResultSet resultSet = connection.getMetaData().getTables(catalog,
			    useInMemoryDatabase() ? "PUBLIC" : (isPostgreSQL() ? "public" : null), "%", new String[] { "TABLE" })) {
				while (resultSet.next()) {
					dataset.addTable(new DefaultTable(resultSet.getString(3)));
				}
			}
			if (isPostgreSQL()) {
				// needs no superuser, unlike switching session_replication_role
				StringBuilder tables = new StringBuilder();
				for (String table : dataset.getTableNames()) {
					tables.append(tables.length() == 0 ? "" : ", ").append('"').append(table).append('"');
				}
				if (tables.length() > 0) {
					executeStatement(connection, "TRUNCATE TABLE " + tables + " CASCADE");
				}
			} else {
				turnOffDBConstraints(connection);
				DatabaseOperation.DELETE_ALL.execute(setupDatabaseConnection(connection), dataset);
				turnOnDBConstraints(connection);
			}
			connection.commit();
		}
		catch (SQLException | DatabaseUnitException e) {
			throw new DatabaseUnitRuntimeException(e);
		}
		finally {
			isBaseSetup = false;
		}
	}

	/**
	 * Spring caches one context per configuration, but the platform's ServiceContext and Context are static: when
	 * this test's context is not the one they were last filled from, fill them again from it (and load the data
	 * again, since another context's Hibernate may have recreated the schema).
	 */
	private void useThisContextsServices() {
		ServiceContext serviceContext = ServiceContext.getInstance();
		if (serviceContext.getApplicationContext() != applicationContext) {
			AutowireCapableBeanFactory factory = applicationContext.getAutowireCapableBeanFactory();
			for (String name : applicationContext.getBeanNamesForType(ServiceContext.class)) {
				factory.applyBeanPropertyValues(serviceContext, name);
			}
			serviceContext.setApplicationContext(applicationContext);
			Context.setDAO(applicationContext.getBean("contextDAO", ContextDAO.class));
			HandlerUtil.clearCachedHandlers();
		}
		Object sessionFactory = applicationContext.getBean("sessionFactory");
		if (baseSetupSessionFactory != sessionFactory) {
			isBaseSetup = false;
			baseSetupSessionFactory = sessionFactory;
		}
	}

	@BeforeEach
	public void baseSetupWithStandardDataAndAuthentication() throws SQLException {
		useThisContextsServices();
		if (!Context.isSessionOpen()) {
			Context.openSession();
		}
		if (!skipBaseSetup) {
			if (!isBaseSetup) {
				deleteAllData();
				if (useInMemoryDatabase()) {
					initializeInMemoryDatabase();
				} else {
					executeDataSet(INITIAL_XML_DATASET_PACKAGE_PATH);
				}
				executeDataSet(EXAMPLE_XML_DATASET_PACKAGE_PATH);
				getConnection().commit();
				isBaseSetup = true;
			}
			authenticate();
		} else if (isBaseSetup) {
			deleteAllData();
		}
		Context.clearSession();
	}

	@AfterEach
	public void clearSessionAfterEachTest() {
		Context.clearSession();
		Context.clearEntireCache();
		if (Context.isSessionOpen()) {
			Context.logout();
		}
	}

	@AfterAll
	public static synchronized void closeSessionAfterEachClass() {
		if (Context.isSessionOpen()) {
			Context.closeSession();
		}
	}

	/**
	 * Called (through {@code @SkipBaseSetup}) to leave the database empty and nobody signed in.
	 */
	public void skipBaseSetup() throws Exception {
		skipBaseSetup = true;
	}
}
