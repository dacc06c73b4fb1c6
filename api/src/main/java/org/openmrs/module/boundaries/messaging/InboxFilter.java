package org.openmrs.module.boundaries.messaging;

/** The views of a clinician's inbox. Every filter but {@link #CLOSED} shows open threads only. */
public enum InboxFilter {

	/** Every open thread. */
	OPEN,

	/** Open threads with a patient message no staff member has read yet. */
	UNREAD,

	/** Open threads whose last word is the patient's. */
	AWAITING_REPLY,

	/** Awaiting reply beyond the reply time the provider published. */
	OVERDUE,

	CLOSED
}
