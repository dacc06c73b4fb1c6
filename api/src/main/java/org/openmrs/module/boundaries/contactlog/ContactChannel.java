package org.openmrs.module.boundaries.contactlog;

/** How a contact happened; the personal channels are the ones boundaries advice warns about. */
public enum ContactChannel {
	PORTAL_MESSAGE, CLINIC_PHONE, PERSONAL_PHONE, EMAIL, SMS, VIDEO, SOCIAL_MEDIA, IN_PERSON, LETTER, OTHER
}
