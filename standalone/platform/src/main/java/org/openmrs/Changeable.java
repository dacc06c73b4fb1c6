package org.openmrs;

import java.util.Date;

/**
 * Stand-in for {@code org.openmrs.Changeable}.
 */
public interface Changeable extends OpenmrsObject {

	User getChangedBy();

	void setChangedBy(User changedBy);

	Date getDateChanged();

	void setDateChanged(Date dateChanged);
}
