package org.openmrs.module.boundaries.web.contactlog;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.contactlog.GiftDecision;
import org.openmrs.module.boundaries.contactlog.GiftRegisterQuery;
import org.openmrs.module.boundaries.contactlog.ReportPeriod;
import org.openmrs.module.boundaries.web.ApiErrors;

/**
 * The query parameters of the managers' reports: {@code fromDate}, {@code toDate} (days, both included),
 * {@code provider} (uuid), and for the gift register {@code decision} and {@code aboveThreshold}; paging with
 * {@code startIndex} and {@code limit}. Kept as text and parsed here, so that every bad value is a 400 naming it.
 */
public class RegisterParams {

	private String fromDate;

	private String toDate;

	private String provider;

	private String decision;

	private String aboveThreshold;

	private String startIndex;

	private String limit;

	ReportPeriod period() {
		return new ReportPeriod(Dates.day("fromDate", fromDate), Dates.day("toDate", toDate));
	}

	Provider provider() {
		return References.provider("provider", provider);
	}

	GiftRegisterQuery giftQuery() {
		return new GiftRegisterQuery(period(), provider(), decision(), aboveThreshold());
	}

	Paging paging() {
		return Paging.of(number("startIndex", startIndex), number("limit", limit));
	}

	private static Integer number(String field, String text) {
		if (StringUtils.isBlank(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.wrongType", field));
		}
	}

	private GiftDecision decision() {
		if (StringUtils.isBlank(decision)) {
			return null;
		}
		try {
			return GiftDecision.valueOf(decision.trim());
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("decision", ApiErrors.message("boundaries.error.wrongType", "decision"));
		}
	}

	private boolean aboveThreshold() {
		if (StringUtils.isBlank(aboveThreshold) || "false".equals(aboveThreshold)) {
			return false;
		}
		if ("true".equals(aboveThreshold)) {
			return true;
		}
		throw new InvalidRequestException("aboveThreshold", ApiErrors.message("boundaries.error.wrongType",
		    "aboveThreshold"));
	}

	public void setFromDate(String fromDate) {
		this.fromDate = fromDate;
	}

	public void setToDate(String toDate) {
		this.toDate = toDate;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public void setDecision(String decision) {
		this.decision = decision;
	}

	public void setAboveThreshold(String aboveThreshold) {
		this.aboveThreshold = aboveThreshold;
	}

	public void setStartIndex(String startIndex) {
		this.startIndex = startIndex;
	}

	public void setLimit(String limit) {
		this.limit = limit;
	}
}
