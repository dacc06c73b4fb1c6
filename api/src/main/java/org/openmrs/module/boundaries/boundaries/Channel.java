package org.openmrs.module.boundaries.boundaries;

/** The ways a patient might try to reach a provider; a profile states a {@link ChannelStance} for each. */
public enum Channel {
	PORTAL,
	CLINIC_PHONE,
	PERSONAL_PHONE,
	EMAIL,
	SMS,
	VIDEO,
	SOCIAL_MEDIA,
	MEETING_OUTSIDE_CLINIC
}
