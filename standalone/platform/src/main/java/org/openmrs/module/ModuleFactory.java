package org.openmrs.module;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for the daemon-token part of org.openmrs.module.ModuleFactory. The real factory issues one token per
 * started module and passes it to a {@link DaemonTokenAware} activator; {@link #passDaemonToken} does the same for the
 * standalone runner, which plays the factory's part.
 */
public final class ModuleFactory {

	private static final Map<String, DaemonToken> daemonTokens = new ConcurrentHashMap<>();

	private ModuleFactory() {
	}

	public static boolean isTokenValid(DaemonToken token) {
		return token != null && daemonTokens.containsValue(token);
	}

	/** What the real factory does when it starts a module whose activator is {@link DaemonTokenAware}. */
	public static void passDaemonToken(String moduleId, ModuleActivator activator) {
		if (activator instanceof DaemonTokenAware) {
			DaemonToken token = daemonTokens.computeIfAbsent(moduleId, id -> new DaemonToken(UUID.randomUUID().toString()));
			((DaemonTokenAware) activator).setDaemonToken(token);
		}
	}
}
