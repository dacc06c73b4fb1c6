package org.openmrs.module.boundaries.messaging;

/** Why a patient's messages for a provider go to a colleague instead. */
public enum RestrictionCause {

	/** The provider restricted the patient from messaging them personally. */
	PROVIDER_RESTRICTION,

	/** The patient's care was transferred to the colleague (contact log). */
	CARE_TRANSFER
}
