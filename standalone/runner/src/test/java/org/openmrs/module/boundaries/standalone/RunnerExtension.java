package org.openmrs.module.boundaries.standalone;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts the standalone runner once per JVM, on H2 and a free port, with the demo data, and stops it when
 * the test run ends. Usage:
 *
 * <pre>
 * &#64;ExtendWith(RunnerExtension.class)
 * class SomethingTest {
 *     &#64;Test
 *     void works(StandaloneRunner runner) {
 *         URI uri = URI.create(runner.getBaseUrl() + "/ws/rest/v1/boundaries/session");
 *     }
 * }
 * </pre>
 *
 * Test classes may also call {@link #runner()} from a {@code @BeforeAll} method.
 */
public class RunnerExtension implements BeforeAllCallback, ParameterResolver {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RunnerExtension.class);

	private static volatile StandaloneRunner started;

	@Override
	public void beforeAll(ExtensionContext context) {
		start(context);
	}

	@Override
	public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
		return parameterContext.getParameter().getType() == StandaloneRunner.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext)
	        throws ParameterResolutionException {
		return start(extensionContext);
	}

	/** The running runner; only valid in a class extended with this extension. */
	public static StandaloneRunner runner() {
		if (started == null) {
			throw new IllegalStateException("Annotate the test class with @ExtendWith(RunnerExtension.class)");
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
			try {
				runner = new StandaloneRunner(new RunnerOptions().port(0).database(Database.H2)).start();
			}
			catch (Exception e) {
				throw new IllegalStateException("The standalone runner did not start", e);
			}
		}

		@Override
		public void close() {
			runner.stop();
			started = null;
		}
	}
}
