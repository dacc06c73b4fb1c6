package org.openmrs.module.boundaries.boundaries;

/** What a provider says about one {@link Channel}. */
public enum ChannelStance {
	WELCOME,
	/** Accepted only within limits the rule's note explains. */
	LIMITED,
	NOT_ACCEPTED
}
