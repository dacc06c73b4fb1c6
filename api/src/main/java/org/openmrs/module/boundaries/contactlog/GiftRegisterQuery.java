package org.openmrs.module.boundaries.contactlog;

import org.openmrs.Provider;

/** Which gifts the register lists: those offered in a period, optionally narrowed. */
public final class GiftRegisterQuery {

	private final ReportPeriod period;

	private final Provider provider;

	private final GiftDecision decision;

	private final boolean reachingThresholdOnly;

	public GiftRegisterQuery(ReportPeriod period, Provider provider, GiftDecision decision,
	    boolean reachingThresholdOnly) {
		this.period = period;
		this.provider = provider;
		this.decision = decision;
		this.reachingThresholdOnly = reachingThresholdOnly;
	}

	public ReportPeriod getPeriod() {
		return period;
	}

	/** Gifts offered to this provider only, or null for every recipient. */
	public Provider getProvider() {
		return provider;
	}

	/** Gifts with this decision only, or null for any decision. */
	public GiftDecision getDecision() {
		return decision;
	}

	/** Only gifts at or over the declaration threshold on their own. */
	public boolean isReachingThresholdOnly() {
		return reachingThresholdOnly;
	}
}
