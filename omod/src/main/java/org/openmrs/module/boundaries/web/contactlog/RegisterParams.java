package org.openmrs.module.boundaries.web.contactlog;

import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.contactlog.GiftDecision;
import org.openmrs.module.boundaries.contactlog.GiftRegisterQuery;
import org.openmrs.module.boundaries.contactlog.ReportPeriod;

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
		return new GiftRegisterQuery(period(), provider(), Params.enumValue("decision", decision, GiftDecision.class),
		        Params.flag("aboveThreshold", aboveThreshold));
	}

	Paging paging() {
		return Paging.of(Params.integer("startIndex", startIndex), Params.integer("limit", limit));
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
