package org.openmrs.module.boundaries.contactlog;

/** What the practice did about a contact, as medical defence organisations advise recording it. */
public enum ActionTaken {
	PATIENT_TOLD_OF_BOUNDARIES, DECLINED, NO_REPLY_ON_PERSONAL_CHANNEL, CARE_TRANSFERRED, PRACTICE_MANAGER_INFORMED,
	DEFENCE_ORGANISATION_CONTACTED, OTHER
}
