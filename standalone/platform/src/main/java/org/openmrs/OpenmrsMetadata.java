package org.openmrs;

import java.util.Date;

/**
 * Stand-in for {@code org.openmrs.OpenmrsMetadata}: named, retireable metadata.
 */
public interface OpenmrsMetadata extends Auditable, Retireable {

	String getName();

	void setName(String name);

	String getDescription();

	void setDescription(String description);

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
