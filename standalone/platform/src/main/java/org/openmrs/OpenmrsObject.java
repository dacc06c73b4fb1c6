package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.OpenmrsObject}: anything with an integer id and a uuid.
 */
public interface OpenmrsObject {

	Integer getId();

	void setId(Integer id);

	String getUuid();

	void setUuid(String uuid);
}
