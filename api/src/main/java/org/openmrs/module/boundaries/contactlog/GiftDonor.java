package org.openmrs.module.boundaries.contactlog;

/** Who offered a gift recorded on a patient's chart. */
public enum GiftDonor {
	PATIENT, RELATIVE, OTHER
}
