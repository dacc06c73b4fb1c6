package org.openmrs.module.boundaries.standalone;

import java.sql.SQLException;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.opentest4j.TestAbortedException;

/**
 * Starts the standalone runner once per JVM, on H2 and a free port, with the demo data, and stops it when
 * the test run ends. With {@code -Dboundaries.runnerDatabase=mariadb} it runs on MariaDB instead, in a database
 * created as OpenMRS's installer creates its own ({@link InstallerCreatedDatabase}, on the server of
 * {@link ServerConnection#of}, as the schema tests connect); the tests are skipped when
 * that server cannot be reached. Usage:
 *
 * <pre>
 * &#64;ExtendWith(RunnerExtension.class)
 * class SomethingTest {
 *     &#64;Test
 *     void works(TargetServer server) {
 *         URI uri = URI.create(server.getBaseUrl() + "/ws/rest/v1/boundaries/session");
 *     }
 * }
 * </pre>
 *
 * With {@code -Dboundaries.targetUrl} (see {@link TargetServer}) no runner is started: the tests talk to that server.
 * A test that needs the runner itself takes a {@link StandaloneRunner} parameter (or calls {@link #runner()}) and is
 * marked {@link NeedsEmbeddedRunner}. Test classes may also call {@link #target()} from a {@code @BeforeAll} method.
 */
public class RunnerExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunnerExtension.class);

	private static volatile StandaloneRunner started;

	private static volatile TargetServer target;

	@Override
	public void beforeAll(ExtensionContext context) {
		if (TargetServer.isExternal()) {
			target = TargetServer.external();
		} else {
			start(context);
		}
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		Class<?> type = parameterContext.getParameter().getType();
		return type == StandaloneRunner.class || type == TargetServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
	        throws ParameterResolutionException {
		if (parameterContext.getParameter().getType() == TargetServer.class) {
			return TargetServer.isExternal() ? target : TargetServer.of(start(extensionContext));
		}
		if (TargetServer.isExternal()) {
			throw new ParameterResolutionException("No embedded runner against " + target
			        + ": mark the test @NeedsEmbeddedRunner, or take a TargetServer");
		}
		return start(extensionContext);
	}

	/** The server the tests talk to; only valid in a class extended with this extension. */
	public static TargetServer target() {
		if (TargetServer.isExternal()) {
			if (target == null) {
				throw new IllegalStateException("Annotate the test class with @ExtendWith(RunnerExtension.class)");
			}
			return target;
		}
		return TargetServer.of(runner());
	}

	/** The running runner; only valid in a class extended with this extension, never against an external server. */
	public static StandaloneRunner runner() {
		if (started == null) {
			throw new IllegalStateException(TargetServer.isExternal() ? "No embedded runner against " + target
			        : "Annotate the test class with @ExtendWith(RunnerExtension.class)");
		}
		return started;
	}

	private static StandaloneRunner start(ExtensionContext context) {
		// the root store closes its resources when the whole test run is over
		RunningRunner running = context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunningRunner.class,
		    type -> new RunningRunner(), RunningRunner.class);
		started = running.runner;
		return running.runner;
	}

	private static final class RunningRunner implements ExtensionContext.Store.CloseableResource {

		private final StandaloneRunner runner;

		RunningRunner() {
			RunnerOptions options = new RunnerOptions().port(0).database(Database.H2);
			if ("mariadb".equals(System.getProperty("boundaries.runnerDatabase"))) {
				ServerConnection server = ServerConnection.of(Database.MARIADB);
				options.database(Database.MARIADB).connection(installerCreatedMariaDb(server), server.user,
				    server.password);
			}
			try {
				runner = new StandaloneRunner(options).start();
			}
			catch (Exception e) {
				throw new IllegalStateException("The standalone runner did not start", e);
			}
		}

		private static String installerCreatedMariaDb(ServerConnection server) {
			try {
				return InstallerCreatedDatabase.create(server.url, server.user, server.password);
			}
			catch (SQLException e) {
				throw new TestAbortedException("MariaDB at " + server.url + " is unreachable, test skipped: "
				        + e.getMessage());
			}
		}

		@Override
		public void close() {
			runner.stop();
			started = null;
		}
	}
}
