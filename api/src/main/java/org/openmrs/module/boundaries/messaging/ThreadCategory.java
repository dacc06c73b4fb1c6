package org.openmrs.module.boundaries.messaging;

/** What a portal thread is about, chosen by the patient when starting it. */
public enum ThreadCategory {
	CLINICAL_QUESTION,
	PRESCRIPTION_RENEWAL,
	APPOINTMENT,
	TEST_RESULTS,
	ADMINISTRATIVE,
	OTHER
}
