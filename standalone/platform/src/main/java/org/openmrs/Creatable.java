package org.openmrs;

import java.util.Date;

/**
 * Stand-in for {@code org.openmrs.Creatable}.
 */
public interface Creatable extends OpenmrsObject {

	User getCreator();

	void setCreator(User creator);

	Date getDateCreated();

	void setDateCreated(Date dateCreated);
}
