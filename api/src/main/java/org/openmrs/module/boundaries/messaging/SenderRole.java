package org.openmrs.module.boundaries.messaging;

/** Who a message in a thread speaks for. */
public enum SenderRole {

	/** The patient, writing from the portal. */
	PATIENT,

	/** A clinician or other staff member answering in the thread. */
	STAFF,

	/** The module's automatic acknowledgement of a patient's message. */
	AUTOMATIC,

	/** A staff-only note in the thread's record (reassignment, transfer of care); patients never see it. */
	STAFF_NOTE;

	public boolean isVisibleToPatient() {
		return this != STAFF_NOTE;
	}
}
