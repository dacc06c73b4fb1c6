package org.openmrs;

import java.util.Date;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Stand-in for {@code org.openmrs.Retireable}.
 */
public interface Retireable extends OpenmrsObject {

	/**
	 * @deprecated as in the real platform, use {@link #getRetired()}
	 */
	@Deprecated
	@JsonIgnore
	Boolean isRetired();

	Boolean getRetired();

	void setRetired(Boolean retired);

	User getRetiredBy();

	void setRetiredBy(User retiredBy);

	Date getDateRetired();

	void setDateRetired(Date dateRetired);

	String getRetireReason();

	void setRetireReason(String retireReason);
}
