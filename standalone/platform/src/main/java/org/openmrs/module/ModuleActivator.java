package org.openmrs.module;

/**
 * Stand-in for {@code org.openmrs.module.ModuleActivator}: the lifecycle callbacks of a module.
 */
public interface ModuleActivator {

	void willRefreshContext();

	void contextRefreshed();

	void willStart();

	void started();

	void willStop();

	void stopped();
}
