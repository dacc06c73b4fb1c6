package org.openmrs.module.boundaries.contactlog;

/** What became of a gift. */
public enum GiftDecision {

	ACCEPTED(true), DECLINED(false), RETURNED(false), PASSED_TO_ORGANISATION(true), PASSED_TO_CHARITY(true);

	private final boolean received;

	GiftDecision(boolean received) {
		this.received = received;
	}

	/**
	 * True when the gift was taken in (by the recipient, the practice or a charity on its behalf): only those count
	 * towards a donor's running total, since a declined or returned gift was never received.
	 */
	public boolean isReceived() {
		return received;
	}
}
