package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.BaseChangeableOpenmrsMetadata}: metadata whose changedBy/dateChanged are meaningful.
 */
public abstract class BaseChangeableOpenmrsMetadata extends BaseOpenmrsMetadata {

	private static final long serialVersionUID = 1L;
}
