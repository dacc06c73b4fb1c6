package org.openmrs;

import java.util.Date;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Stand-in for {@code org.openmrs.Voidable}.
 */
public interface Voidable extends OpenmrsObject {

	/**
	 * @deprecated as in the real platform, use {@link #getVoided()}
	 */
	@Deprecated
	@JsonIgnore
	Boolean isVoided();

	Boolean getVoided();

	void setVoided(Boolean voided);

	User getVoidedBy();

	void setVoidedBy(User voidedBy);

	Date getDateVoided();

	void setDateVoided(Date dateVoided);

	String getVoidReason();

	void setVoidReason(String voidReason);
}
