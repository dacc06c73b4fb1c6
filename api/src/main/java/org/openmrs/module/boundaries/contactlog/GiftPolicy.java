package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.api.AdministrationService;
import org.openmrs.module.boundaries.BoundariesConstants;

/**
 * The practice's gift rules, from global properties: the declaration threshold (in the default currency) and whether
 * cash and vouchers are always refused. A value in another currency cannot be compared with the threshold, so it is
 * treated as reaching it: the register errs on the side of declaring.
 */
public final class GiftPolicy {

	private final BigDecimal threshold;

	private final String currency;

	private final boolean refuseCash;

	public GiftPolicy(BigDecimal threshold, String currency, boolean refuseCash) {
		this.threshold = threshold;
		this.currency = currency;
		this.refuseCash = refuseCash;
	}

	/** The policy as the global properties set it now; a malformed value falls back to the module's default. */
	public static GiftPolicy fromGlobalProperties(AdministrationService administration) {
		String thresholdText = administration.getGlobalProperty(BoundariesConstants.GP_GIFT_DECLARATION_THRESHOLD,
		    BoundariesConstants.DEFAULT_GIFT_DECLARATION_THRESHOLD);
		BigDecimal threshold;
		try {
			threshold = new BigDecimal(thresholdText.trim());
		}
		catch (NumberFormatException e) {
			threshold = new BigDecimal(BoundariesConstants.DEFAULT_GIFT_DECLARATION_THRESHOLD);
		}
		String currency = StringUtils.upperCase(StringUtils.trimToNull(administration.getGlobalProperty(
		    BoundariesConstants.GP_GIFT_DEFAULT_CURRENCY, BoundariesConstants.DEFAULT_GIFT_CURRENCY)));
		boolean refuseCash = Boolean.parseBoolean(StringUtils.trim(administration.getGlobalProperty(
		    BoundariesConstants.GP_GIFT_REFUSE_CASH, BoundariesConstants.DEFAULT_GIFT_REFUSE_CASH)));
		return new GiftPolicy(threshold, currency == null ? BoundariesConstants.DEFAULT_GIFT_CURRENCY : currency,
		        refuseCash);
	}

	/** True when an amount is at or over the threshold, or is in a currency the threshold cannot be compared with. */
	public boolean reachesThreshold(BigDecimal amount, String amountCurrency) {
		if (amount == null) {
			return false;
		}
		return !currency.equalsIgnoreCase(amountCurrency) || amount.compareTo(threshold) >= 0;
	}

	public BigDecimal getThreshold() {
		return threshold;
	}

	public String getCurrency() {
		return currency;
	}

	public boolean isRefuseCash() {
		return refuseCash;
	}
}
