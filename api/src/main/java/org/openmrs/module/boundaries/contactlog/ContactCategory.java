package org.openmrs.module.boundaries.contactlog;

/** What a contact was about. Only a boundary concern carries a {@link ConcernKind} and a {@link ConcernSeverity}. */
public enum ContactCategory {
	ROUTINE, BOUNDARY_CONCERN, GIFT, COMPLAINT, CARE_TRANSFER, OTHER
}
