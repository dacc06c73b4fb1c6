package org.openmrs.module.boundaries.boundaries;

/** How a patient acknowledged a provider's boundaries. */
public enum AcknowledgementMethod {
	/** The patient, signed in to the portal, pressed "I have read this". */
	PORTAL,
	/** A member of staff recorded that the patient read them in clinic. */
	IN_CLINIC
}
