package org.openmrs.module.boundaries.contactlog;

/** Whether the patient reached the practice or the practice reached the patient. */
public enum ContactDirection {
	INBOUND, OUTBOUND
}
