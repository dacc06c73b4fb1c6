package org.openmrs.api;

/**
 * Stand-in for {@code org.openmrs.api.OpenmrsService}: the marker every service interface extends.
 */
public interface OpenmrsService {

	void onStartup();

	void onShutdown();
}
