package org.openmrs.api;

import java.util.List;
import java.util.Locale;

import org.openmrs.GlobalProperty;
import org.openmrs.OpenmrsObject;
import org.openmrs.annotation.Authorized;
import org.openmrs.util.PrivilegeConstants;
import org.springframework.validation.Errors;

/**
 * Stand-in for {@code org.openmrs.api.AdministrationService}: global properties and validation.
 */
public interface AdministrationService extends OpenmrsService {

	@Authorized(PrivilegeConstants.GET_GLOBAL_PROPERTIES)
	GlobalProperty getGlobalPropertyByUuid(String uuid);

	/**
	 * @return the value, or null when there is no such property
	 */
	@Authorized(PrivilegeConstants.GET_GLOBAL_PROPERTIES)
	String getGlobalProperty(String propertyName);

	/**
	 * @return the value, or {@code defaultValue} when there is no such property
	 */
	@Authorized(PrivilegeConstants.GET_GLOBAL_PROPERTIES)
	String getGlobalProperty(String propertyName, String defaultValue);

	@Authorized(PrivilegeConstants.GET_GLOBAL_PROPERTIES)
	GlobalProperty getGlobalPropertyObject(String propertyName);

	@Authorized(PrivilegeConstants.GET_GLOBAL_PROPERTIES)
	List<GlobalProperty> getGlobalPropertiesByPrefix(String prefix);

	@Authorized(PrivilegeConstants.GET_GLOBAL_PROPERTIES)
	List<GlobalProperty> getAllGlobalProperties();

	@Authorized(PrivilegeConstants.PURGE_GLOBAL_PROPERTIES)
	void purgeGlobalProperty(GlobalProperty globalProperty);

	@Authorized(PrivilegeConstants.MANAGE_GLOBAL_PROPERTIES)
	void setGlobalProperty(String propertyName, String propertyValue);

	@Authorized(PrivilegeConstants.MANAGE_GLOBAL_PROPERTIES)
	void updateGlobalProperty(String propertyName, String propertyValue);

	@Authorized(PrivilegeConstants.MANAGE_GLOBAL_PROPERTIES)
	GlobalProperty saveGlobalProperty(GlobalProperty gp);

	/**
	 * @return the value converted to the type of {@code defaultValue} (through its String constructor), or
	 *         {@code defaultValue} when unset or unconvertible
	 */
	@Authorized(PrivilegeConstants.GET_GLOBAL_PROPERTIES)
	<T> T getGlobalPropertyValue(String propertyName, T defaultValue);

	List<Locale> getAllowedLocales();

	/** Tells the listener about every later save and purge of the global properties it supports, as core does. */
	void addGlobalPropertyListener(GlobalPropertyListener listener);

	void removeGlobalPropertyListener(GlobalPropertyListener listener);

	/**
	 * @return the length of the column the property is mapped to, or -1 when unknown
	 */
	int getMaximumPropertyLength(Class<? extends OpenmrsObject> aClass, String fieldName);

	/**
	 * Checks String lengths against the mapped columns, then runs every registered {@code @Handler} validator
	 * for the object's class.
	 */
	void validate(Object object, Errors errors);
}
