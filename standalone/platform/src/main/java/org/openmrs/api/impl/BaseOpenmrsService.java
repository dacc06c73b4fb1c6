package org.openmrs.api.impl;

import org.openmrs.api.OpenmrsService;

/**
 * Stand-in for {@code org.openmrs.api.impl.BaseOpenmrsService}: no-op startup and shutdown.
 */
public abstract class BaseOpenmrsService implements OpenmrsService {

	@Override
	public void onShutdown() {
	}

	@Override
	public void onStartup() {
	}
}
