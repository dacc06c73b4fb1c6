package org.openmrs.module.boundaries.standalone;

import java.io.InputStream;
import java.util.Properties;

import org.openmrs.module.ModuleActivator;
import org.openmrs.module.ModuleFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the platform's module factory does for the one module the runner starts, in the same order
 * once the Spring context holds the module's beans: the activator named in config.xml is instantiated
 * (a wrong name stops the start, as on the real platform), the privileges and global properties config.xml
 * declares are created when missing, then {@code willStart}, {@code contextRefreshed}, {@code started};
 * on stop {@code willStop}, {@code stopped}.
 */
final class ModuleLifecycle {

	private static final Logger log = LoggerFactory.getLogger(ModuleLifecycle.class);

	private final ModuleDescriptor descriptor;

	private ModuleActivator activator;

	ModuleLifecycle(ModuleDescriptor descriptor) {
		this.descriptor = descriptor;
	}

	void start() throws Exception {
		String className = descriptor.getActivatorClassName();
		if (className != null && !className.isEmpty()) {
			Class<?> type = Class.forName(className, true, Thread.currentThread().getContextClassLoader());
			activator = (ModuleActivator) type.getDeclaredConstructor().newInstance();
		}
		Platform.asAdmin(() -> {
			descriptor.createDeclaredPrivilegesAndGlobalProperties();
			return null;
		});
		if (activator != null) {
			ModuleFactory.passDaemonToken(descriptor.getModuleId(), activator);
			Platform.asAdmin(() -> {
				activator.willStart();
				activator.contextRefreshed();
				activator.started();
				return null;
			});
		}
		log.info("Started module {} {}", descriptor.getModuleId(), descriptor.getVersion());
	}

	/**
	 * The platform reads module messages from {@code classpath*:messages*.properties}, which is where the
	 * omod keeps them; this only makes a missing file fail loudly instead of showing message codes.
	 */
	void checkMessages() throws Exception {
		try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("messages.properties")) {
			if (in == null) {
				throw new IllegalStateException("The module has no messages.properties");
			}
			Properties messages = new Properties();
			messages.load(in);
			log.info("Module messages: {} keys", messages.size());
		}
	}

	void stop() {
		if (activator == null) {
			return;
		}
		try {
			activator.willStop();
			activator.stopped();
		}
		catch (RuntimeException e) {
			log.warn("Module activator failed to stop", e);
		}
	}
}
