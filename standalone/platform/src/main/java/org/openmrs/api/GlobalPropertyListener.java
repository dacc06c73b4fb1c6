package org.openmrs.api;

import org.openmrs.GlobalProperty;

/**
 * Stand-in for {@code org.openmrs.api.GlobalPropertyListener}: told by {@link AdministrationService} when a global
 * property it supports is saved or purged.
 */
public interface GlobalPropertyListener {

	boolean supportsPropertyName(String propertyName);

	void globalPropertyChanged(GlobalProperty newValue);

	void globalPropertyDeleted(String propertyName);
}
