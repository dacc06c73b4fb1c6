package org.openmrs.module.boundaries.standalone;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import org.apache.catalina.Context;
import org.apache.catalina.WebResourceRoot;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.servlets.DefaultServlet;
import org.apache.catalina.session.StandardManager;
import org.apache.catalina.startup.Tomcat;
import org.apache.catalina.webresources.DirResourceSet;
import org.apache.catalina.webresources.StandardRoot;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.openmrs.module.web.ModuleResourcesServlet;
import org.openmrs.web.DispatcherServlet;
import org.openmrs.web.WebConstants;
import org.openmrs.web.filter.OpenmrsFilter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.hibernate5.support.OpenSessionInViewFilter;
import org.springframework.web.context.support.XmlWebApplicationContext;
import org.springframework.web.filter.CharacterEncodingFilter;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Runs the module the way an OpenMRS 2.8 server would, in one JVM: embedded Tomcat 9 serving the
 * {@code /openmrs} web application with the platform's filters and servlets, on H2 (default), MariaDB or
 * PostgreSQL, with demo accounts.
 * <p>
 * Start-up, in the platform's order: runtime properties; Liquibase (core schema, then the module's
 * liquibase.xml); the Spring application context; the module's activator; the module's messages; the
 * /ws dispatcher; demo data; only then the HTTP connector opens.
 */
public final class StandaloneRunner implements AutoCloseable {

	public static final String CONTEXT_PATH = "/" + WebConstants.WEBAPP_NAME;

	private static final Logger log = LoggerFactory.getLogger(StandaloneRunner.class);

	/** Tomcat logs through java.util.logging: warnings and errors only. */
	private static final java.util.logging.Logger TOMCAT_LOG = java.util.logging.Logger.getLogger("org.apache");

	static {
		TOMCAT_LOG.setLevel(java.util.logging.Level.WARNING);
	}

	private final RunnerOptions options;

	private Tomcat tomcat;

	private Path webappRoot;

	private XmlWebApplicationContext rootContext;

	private ModuleLifecycle module;

	private int port = -1;

	public StandaloneRunner(RunnerOptions options) {
		this.options = options;
	}

	public static void main(String[] args) throws Exception {
		RunnerOptions options;
		try {
			options = RunnerOptions.parse(args, System.getenv());
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage());
			System.exit(2);
			return;
		}
		StandaloneRunner runner = new StandaloneRunner(options);
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			runner.stop();
			stopped.countDown();
		}, "boundaries-runner-shutdown"));
		try {
			runner.start();
		}
		catch (Exception e) {
			log.error("The standalone runner failed to start", e);
			System.exit(1);
		}
		System.out.println(runner.banner());
		stopped.await();
	}

	/** Starts everything and returns once requests are accepted. */
	public synchronized StandaloneRunner start() throws Exception {
		if (tomcat != null) {
			throw new IllegalStateException("Already started");
		}
		long begin = System.currentTimeMillis();
		try {
			checkPortIsFree();

			Properties runtimeProperties = runtimeProperties();
			org.openmrs.api.context.Context.setRuntimeProperties(runtimeProperties);

			SchemaUpdater schema = new SchemaUpdater(options.getDatabase(), options.getDbUrl(), options.getDbUser(),
			        options.getDbPassword());
			if (options.isKeepData()) {
				log.info("Keeping the data of {}", options.getDbUrl());
			} else if (options.getDatabase() != Database.H2 || !options.getDbUrl().startsWith("jdbc:h2:mem:")) {
				log.info("Emptying {} for a clean start", options.getDbUrl());
				schema.dropAllTables();
			}
			schema.update();

			ModuleDescriptor descriptor = ModuleDescriptor.find(Thread.currentThread().getContextClassLoader());
			webappRoot = Files.createTempDirectory("boundaries-webapp");
			descriptor.copyWebResources(webappRoot);

			tomcat = new Tomcat();
			tomcat.setBaseDir(webappRoot.resolve("tomcat").toString());
			Context webapp = createWebapp(descriptor);
			tomcat.start();

			rootContext = PlatformContext.start(webapp.getServletContext());
			// as the platform's start-up does before it starts modules
			Platform.asAdmin(() -> {
				org.openmrs.api.context.Context.checkCoreDataset();
				// as the REST module's start does on a real server
				RestModuleBasicAuthFilter.createAllowedAddressesProperty();
				return null;
			});
			module = new ModuleLifecycle(descriptor);
			module.start();
			module.checkMessages();

			// the dispatcher reads its strategies from the root context: initialise it now, not on the first request
			((Wrapper) webapp.findChild("openmrs")).load();

			if (options.isDemoData()) {
				new DemoData().load();
			}

			Connector connector = new Connector();
			connector.setPort(options.getPort());
			connector.setProperty("address", options.getHost());
			connector.setURIEncoding("UTF-8");
			tomcat.getService().addConnector(connector);
			port = connector.getLocalPort();
			log.info("Started in {} ms", System.currentTimeMillis() - begin);
			return this;
		}
		catch (Exception | Error e) {
			stop();
			throw e;
		}
	}

	/** Stops accepting requests, stops the module and the platform, forgets the in-memory database. */
	public synchronized void stop() {
		if (tomcat == null && rootContext == null) {
			return;
		}
		try {
			if (tomcat != null) {
				tomcat.stop();
			}
		}
		catch (Exception e) {
			log.warn("Stopping Tomcat failed", e);
		}
		if (module != null) {
			module.stop();
			module = null;
		}
		if (rootContext != null) {
			rootContext.close();
			rootContext = null;
		}
		try {
			if (tomcat != null) {
				tomcat.destroy();
			}
		}
		catch (Exception e) {
			log.warn("Destroying Tomcat failed", e);
		}
		tomcat = null;
		if (options.getDatabase() == Database.H2) {
			try (Connection c = Database.H2.connect(options.getDbUrl(), options.getDbUser(), options.getDbPassword());
			        Statement st = c.createStatement()) {
				st.execute("SHUTDOWN");
			}
			catch (Exception e) {
				log.debug("H2 shutdown", e);
			}
		}
		deleteQuietly(webappRoot);
		webappRoot = null;
		port = -1;
		log.info("Professional Boundaries standalone runner stopped");
	}

	@Override
	public void close() {
		stop();
	}

	public int getPort() {
		return port;
	}

	/** {@code http://localhost:<port>/openmrs} */
	public String getBaseUrl() {
		return "http://localhost:" + port + CONTEXT_PATH;
	}

	public RunnerOptions getOptions() {
		return options;
	}

	String banner() {
		String base = getBaseUrl();
		StringBuilder sb = new StringBuilder();
		sb.append("\n=== Professional Boundaries standalone runner (").append(options.getDatabase().name().toLowerCase())
		        .append(") ===\n");
		sb.append("  Sign in:   ").append(base).append("/moduleResources/boundaries/signin.html\n");
		sb.append("  REST:      ").append(base).append("/ws/rest/v1/boundaries/session\n");
		sb.append("  Accounts (username / password):\n");
		for (DemoAccount account : DemoAccount.values()) {
			sb.append(String.format("    %-9s / %-11s %s%n", account.getUsername(), account.getPassword(),
			    account.getDescription()));
		}
		sb.append("  Stop with Ctrl-C.\n");
		return sb.toString();
	}

	private Properties runtimeProperties() {
		Properties props = options.getDatabase().runtimeProperties(options.getDbUrl(), options.getDbUser(),
		    options.getDbPassword());
		// A runner keeps no state between starts, so it has no application data directory of its own to speak of
		props.setProperty("hibernate.show_sql", "false");
		for (String name : System.getProperties().stringPropertyNames()) {
			// -Dhibernate.xxx=... on the command line tunes Hibernate, as runtime properties do
			if (name.startsWith("hibernate.")) {
				props.setProperty(name, System.getProperty(name));
			}
		}
		return props;
	}

	/** The web.xml of a real OpenMRS, for what the module relies on. */
	private Context createWebapp(ModuleDescriptor descriptor) throws ReflectiveOperationException {
		Context webapp = tomcat.addContext(CONTEXT_PATH, webappRoot.toString());
		webapp.setUseHttpOnly(true);
		webapp.setRequestCharacterEncoding("UTF-8");
		StandardManager sessions = new StandardManager();
		sessions.setPathname(null);
		webapp.setManager(sessions);

		Tomcat.addDefaultMimeTypeMappings(webapp);
		webapp.addMimeMapping("json", "application/json");
		webapp.addMimeMapping("js", "text/javascript");
		webapp.addMimeMapping("mjs", "text/javascript");

		if (options.isStatistics()) {
			map(webapp, filter(webapp, "runnerRequestTimer", new RequestTimer()), "/ws/*", "REQUEST");
		}
		FilterDef charset = filter(webapp, "charsetFilter", new CharacterEncodingFilter("UTF-8", true));
		map(webapp, charset, "/*");
		FilterDef hibernate = filter(webapp, "HibernateFilter", new OpenSessionInViewFilter());
		map(webapp, hibernate, "/*", "ERROR", "FORWARD", "REQUEST");
		FilterDef openmrs = filter(webapp, "OpenmrsFilter", new OpenmrsFilter());
		map(webapp, openmrs, "/*", "ERROR", "FORWARD", "REQUEST", "INCLUDE");
		// the REST module's filters on /ws/rest/*, in its config.xml's order: Spring's ETag filter (which holds each
		// response to hash it), then its sign-in, as on an OpenMRS 3 server: sessions the module did not sign in itself
		map(webapp, filter(webapp, "shallowEtagHeaderFilter", new ShallowEtagHeaderFilter()), "/ws/rest/*", "REQUEST");
		map(webapp, filter(webapp, "restAuthorizationFilter", new RestModuleBasicAuthFilter()), "/ws/rest/*", "REQUEST");
		moduleFilters(webapp, descriptor);

		Wrapper dispatcher = Tomcat.addServlet(webapp, "openmrs", new DispatcherServlet());
		// empty on purpose, as in the real web.xml: everything comes from the root context
		dispatcher.addInitParameter("contextConfigLocation", "");
		webapp.addServletMappingDecoded("/ws/*", "openmrs");

		Tomcat.addServlet(webapp, "rest_session", new RestModuleSessionServlet());
		webapp.addServletMappingDecoded(RestModuleSessionServlet.PATH, "rest_session");

		Tomcat.addServlet(webapp, "module_resources", new ModuleResourcesServlet());
		webapp.addServletMappingDecoded("/moduleResources/*", "module_resources");

		Wrapper defaults = Tomcat.addServlet(webapp, "default", new DefaultServlet());
		defaults.addInitParameter("listings", "false");
		webapp.addServletMappingDecoded("/", "default");

		if (options.isStatistics()) {
			// runner only, for benchmarks: never part of the module or of a real server
			Tomcat.addServlet(webapp, "runner_statistics", new StatisticsServlet());
			webapp.addServletMappingDecoded(StatisticsServlet.PATH, "runner_statistics");
		}

		if (!options.getSpa().isEmpty()) {
			serveSpa(webapp);
		}

		// Runner convenience (a real server shows its own home page here): the context root opens the sign-in page
		Tomcat.addServlet(webapp, "home", new HomeRedirectServlet());
		webapp.addServletMappingDecoded("", "home");
		return webapp;
	}

	/**
	 * The module's own filters, as the platform's ModuleFilter runs them: after the REST module's, on requests (not
	 * forwards or includes), each on the URL patterns of its {@code <filter-mapping>}s in config.xml's order.
	 */
	private static void moduleFilters(Context webapp, ModuleDescriptor descriptor) throws ReflectiveOperationException {
		for (String[] mapping : descriptor.getFilterMappings()) {
			String name = mapping[0];
			if (webapp.findFilterDef(name) == null) {
				Class<?> filterClass = Class.forName(descriptor.getFilterClasses().get(name));
				filter(webapp, name, (javax.servlet.Filter) filterClass.getDeclaredConstructor().newInstance());
			}
			map(webapp, webapp.findFilterDef(name), mapping[1], "REQUEST");
		}
	}

	/** Test only ({@link RunnerOptions#serveSpa}): the O3 single-page application under /spa, for the end-to-end test. */
	private void serveSpa(Context webapp) {
		WebResourceRoot resources = new StandardRoot(webapp);
		options.getSpa().forEach((webPath, directory) -> resources.addPreResources(new DirResourceSet(resources, webPath,
		        directory.toAbsolutePath().toString(), "/")));
		webapp.setResources(resources);
		Tomcat.addServlet(webapp, "spa", new SpaServlet());
		webapp.addServletMappingDecoded(SpaServlet.PATH + "/*", "spa");
	}

	private static FilterDef filter(Context webapp, String name, javax.servlet.Filter filter) {
		FilterDef def = new FilterDef();
		def.setFilterName(name);
		def.setFilter(filter);
		def.setFilterClass(filter.getClass().getName());
		webapp.addFilterDef(def);
		return def;
	}

	private static void map(Context webapp, FilterDef def, String urlPattern, String... dispatchers) {
		FilterMap map = new FilterMap();
		map.setFilterName(def.getFilterName());
		map.addURLPatternDecoded(urlPattern);
		for (String dispatcher : dispatchers) {
			map.setDispatcher(dispatcher);
		}
		webapp.addFilterMap(map);
	}

	private void checkPortIsFree() throws IOException {
		if (options.getPort() == 0) {
			return;
		}
		try (ServerSocket socket = new ServerSocket()) {
			socket.setReuseAddress(true);
			socket.bind(new InetSocketAddress(options.getPort()));
		}
		catch (IOException e) {
			throw new IOException("Port " + options.getPort() + " is in use: choose another with --port N", e);
		}
	}

	private static void deleteQuietly(Path root) {
		if (root == null) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
		}
		catch (IOException e) {
			log.debug("Could not delete {}", root, e);
		}
	}
}
