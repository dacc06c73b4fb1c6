package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.Properties;

import org.openmrs.Patient;
import org.openmrs.api.PatientService;
import org.openmrs.api.context.Context;
import org.springframework.context.support.ClassPathXmlApplicationContext;

/**
 * Creates the demo accounts and the demo data of {@link DemoData} on a real OpenMRS, through the platform's own API,
 * so that the HTTP suites can be pointed at it ({@code -Dboundaries.targetUrl}). Run in a JVM of its own, with the
 * real webapp's jars on the class path (its {@code WEB-INF/lib/*}) and the module's api jar (see docs/security.md),
 * while that OpenMRS is stopped (both would write its search index):
 *
 * <pre>
 * java -cp ... org.openmrs.module.boundaries.standalone.RealHostSeeder &lt;application data directory&gt;
 * </pre>
 *
 * It reads the server's {@code openmrs-runtime.properties} from that directory and starts the platform's Spring
 * context with the module's ({@code applicationContext-service.xml} and {@code moduleApplicationContext.xml}, as
 * core's own context-sensitive tests do), then {@code Context.openSession}, {@code Context.authenticate} as
 * {@code admin} and saves everything through the services. {@code Context.startup} is not called: on 2.8 it works
 * only in a daemon thread (it checks "Get Database Changes", then opens a session of its own and reads global
 * properties), which only core itself may start; and what it does besides is done already, on the server, whose
 * start-up started the module (its tables, roles and privileges exist). A database that already has the demo
 * accounts is left as it is.
 * <p>
 * This class is compiled against the standalone platform, which has no patient identifiers; the real platform's
 * identifier API is therefore called by name.
 */
public final class RealHostSeeder {

	/** Core's identifier type without a check digit: any text is a valid identifier. */
	static final String IDENTIFIER_TYPE = "Old Identification Number";

	private RealHostSeeder() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("Usage: RealHostSeeder <OpenMRS application data directory> (OpenMRS stopped)");
			System.exit(2);
		}
		Path dataDirectory = Paths.get(args[0]).toAbsolutePath();
		Properties properties = runtimeProperties(dataDirectory);
		Context.setRuntimeProperties(properties);
		try (ClassPathXmlApplicationContext spring = new ClassPathXmlApplicationContext(
		        "classpath:applicationContext-service.xml", "classpath*:moduleApplicationContext.xml")) {
			if (Platform.asAdmin(() -> Context.getUserService().getUserByUsername(DemoAccount.DOCTOR
			        .getUsername()) != null)) {
				System.out.println("The demo accounts exist already: nothing done.");
			} else {
				new DemoData(RealHostSeeder::identify).load();
				System.out.println("Demo accounts and demo data created.");
			}
		}
		// core leaves non-daemon threads (search indexing, caches) behind after shutdown
		System.exit(0);
	}

	/**
	 * The server's runtime properties, with a scratch application data directory (so that no module is loaded from
	 * its modules folder: the module's classes are on the class path) but the server's own search index.
	 */
	private static Properties runtimeProperties(Path dataDirectory) throws IOException {
		Path file = dataDirectory.resolve("openmrs-runtime.properties");
		Properties properties = new Properties();
		try (InputStream in = Files.newInputStream(file)) {
			properties.load(in);
		}
		Path scratch = Files.createTempDirectory("boundaries-seeder");
		properties.setProperty("application_data_directory", scratch.toString());
		System.setProperty("OPENMRS_APPLICATION_DATA_DIRECTORY", scratch.toString());
		properties.setProperty("hibernate.search.backend.directory.root",
		    dataDirectory.resolve("lucene").resolve("indexes").toString());
		return properties;
	}

	/** Core requires at least one identifier, with a location, on every patient it saves. */
	static void identify(DemoAccount account, Patient patient) {
		try {
			Class<?> typeClass = Class.forName("org.openmrs.PatientIdentifierType");
			Class<?> locationClass = Class.forName("org.openmrs.Location");
			Object type = PatientService.class.getMethod("getPatientIdentifierTypeByName", String.class).invoke(
			    Context.getPatientService(), IDENTIFIER_TYPE);
			if (type == null) {
				throw new IllegalStateException("No patient identifier type '" + IDENTIFIER_TYPE + "' on this server");
			}
			Object locations = Context.class.getMethod("getLocationService").invoke(null);
			Object location = Class.forName("org.openmrs.api.LocationService").getMethod("getDefaultLocation").invoke(
			    locations);
			Class<?> identifierClass = Class.forName("org.openmrs.PatientIdentifier");
			Object identifier = identifierClass.getConstructor(String.class, typeClass, locationClass).newInstance(
			    "DEMO-" + account.getUsername().toUpperCase(Locale.ROOT), type, location);
			Patient.class.getMethod("addIdentifier", identifierClass).invoke(patient, identifier);
		}
		catch (InvocationTargetException e) {
			throw new IllegalStateException("Could not give " + account + " an identifier", e.getCause());
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("Not a real OpenMRS platform on the class path", e);
		}
	}
}
