package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.BaseChangeableOpenmrsData}: data whose changedBy/dateChanged are meaningful.
 */
public abstract class BaseChangeableOpenmrsData extends BaseOpenmrsData {

	private static final long serialVersionUID = 1L;
}
