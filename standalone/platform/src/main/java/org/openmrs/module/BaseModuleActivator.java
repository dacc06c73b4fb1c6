package org.openmrs.module;

/**
 * Stand-in for {@code org.openmrs.module.BaseModuleActivator}: every callback does nothing.
 */
public abstract class BaseModuleActivator implements ModuleActivator {

	@Override
	public void contextRefreshed() {
	}

	@Override
	public void started() {
	}

	@Override
	public void stopped() {
	}

	@Override
	public void willRefreshContext() {
	}

	@Override
	public void willStart() {
	}

	@Override
	public void willStop() {
	}
}
