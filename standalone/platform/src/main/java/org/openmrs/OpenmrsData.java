package org.openmrs;

import java.util.Date;

/**
 * Stand-in for {@code org.openmrs.OpenmrsData}: auditable, voidable clinical data.
 */
public interface OpenmrsData extends Auditable, Voidable {

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	User getChangedBy();

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	void setChangedBy(User changedBy);

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	Date getDateChanged();

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	void setDateChanged(Date dateChanged);
}
