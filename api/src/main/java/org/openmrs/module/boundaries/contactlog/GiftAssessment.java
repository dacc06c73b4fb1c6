package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the gift rules say about a gift before (or after) it is recorded: whether it, or the donor's running total over
 * the last 12 months, reaches the declaration threshold, and whether the practice refuses it outright as cash.
 */
public final class GiftAssessment {

	public static final String WARNING_VALUE = "boundaries.contactlog.gift.warning.value";

	public static final String WARNING_RUNNING_TOTAL = "boundaries.contactlog.gift.warning.runningTotal";

	public static final String WARNING_CASH = "boundaries.contactlog.gift.warning.cash";

	private final GiftPolicy policy;

	private final boolean valueReachesThreshold;

	private final BigDecimal runningTotal;

	private final boolean runningTotalReachesThreshold;

	private final boolean cashRefused;

	public GiftAssessment(GiftPolicy policy, boolean valueReachesThreshold, BigDecimal runningTotal,
	    boolean runningTotalReachesThreshold, boolean cashRefused) {
		this.policy = policy;
		this.valueReachesThreshold = valueReachesThreshold;
		this.runningTotal = runningTotal;
		this.runningTotalReachesThreshold = runningTotalReachesThreshold;
		this.cashRefused = cashRefused;
	}

	public GiftPolicy getPolicy() {
		return policy;
	}

	public boolean isValueReachesThreshold() {
		return valueReachesThreshold;
	}

	/** Received gifts on the patient's chart in the 12 months up to the gift, this one included, in the policy's currency. */
	public BigDecimal getRunningTotal() {
		return runningTotal;
	}

	public boolean isRunningTotalReachesThreshold() {
		return runningTotalReachesThreshold;
	}

	public boolean isCashRefused() {
		return cashRefused;
	}

	/** Message codes of the warnings the gift form shows, most specific first. */
	public List<String> getWarnings() {
		List<String> warnings = new ArrayList<>();
		if (cashRefused) {
			warnings.add(WARNING_CASH);
		}
		if (valueReachesThreshold) {
			warnings.add(WARNING_VALUE);
		} else if (runningTotalReachesThreshold) {
			warnings.add(WARNING_RUNNING_TOTAL);
		}
		return Collections.unmodifiableList(warnings);
	}
}
