package org.openmrs.module.boundaries.contactlog;

/** The kind of boundary a patient crossed or tried to cross. */
public enum ConcernKind {
	ROMANTIC_OR_SEXUAL, PERSONAL_RELATIONSHIP, SOCIAL_MEDIA_CONTACT, EXCESSIVE_CONTACT, HARASSMENT_OR_THREAT, FINANCIAL, OTHER
}
