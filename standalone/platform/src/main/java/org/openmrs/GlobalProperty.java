package org.openmrs;

import java.util.Date;

/**
 * Stand-in for {@code org.openmrs.GlobalProperty}: a named system setting (no custom datatypes, no
 * view/edit privileges).
 */
public class GlobalProperty extends BaseOpenmrsObject {

	private static final long serialVersionUID = 1L;

	private String property = "";

	private String propertyValue = "";

	private String description = "";

	private String datatypeClassname;

	private String datatypeConfig;

	private String preferredHandlerClassname;

	private String handlerConfig;

	private User changedBy;

	private Date dateChanged;

	public GlobalProperty() {
	}

	public GlobalProperty(String property) {
		this.property = property;
	}

	public GlobalProperty(String property, String value) {
		this(property);
		this.propertyValue = value;
	}

	public GlobalProperty(String property, String value, String description) {
		this(property, value);
		this.description = description;
	}

	public String getProperty() {
		return property;
	}

	public void setProperty(String property) {
		this.property = property;
	}

	public String getPropertyValue() {
		return propertyValue;
	}

	public void setPropertyValue(String propertyValue) {
		this.propertyValue = propertyValue;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getDatatypeClassname() {
		return datatypeClassname;
	}

	public void setDatatypeClassname(String datatypeClassname) {
		this.datatypeClassname = datatypeClassname;
	}

	public String getDatatypeConfig() {
		return datatypeConfig;
	}

	public void setDatatypeConfig(String datatypeConfig) {
		this.datatypeConfig = datatypeConfig;
	}

	public String getPreferredHandlerClassname() {
		return preferredHandlerClassname;
	}

	public void setPreferredHandlerClassname(String preferredHandlerClassname) {
		this.preferredHandlerClassname = preferredHandlerClassname;
	}

	public String getHandlerConfig() {
		return handlerConfig;
	}

	public void setHandlerConfig(String handlerConfig) {
		this.handlerConfig = handlerConfig;
	}

	public User getChangedBy() {
		return changedBy;
	}

	public void setChangedBy(User changedBy) {
		this.changedBy = changedBy;
	}

	public Date getDateChanged() {
		return dateChanged;
	}

	public void setDateChanged(Date dateChanged) {
		this.dateChanged = dateChanged;
	}

	/** Global properties are identified by name: as in the real platform this throws. */
	@Override
	public Integer getId() {
		throw new UnsupportedOperationException();
	}

	/** Global properties are identified by name: as in the real platform this throws. */
	@Override
	public void setId(Integer id) {
		throw new UnsupportedOperationException();
	}

	@Override
	public String toString() {
		return "property: " + getProperty() + " value: " + getPropertyValue();
	}
}
