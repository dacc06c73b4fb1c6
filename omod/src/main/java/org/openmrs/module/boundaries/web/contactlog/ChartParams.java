package org.openmrs.module.boundaries.web.contactlog;

import org.openmrs.Patient;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ContactCategory;
import org.openmrs.module.boundaries.contactlog.ContactLogFilter;

/**
 * The query parameters of a chart's lists ({@code /contact}, {@code /gift}, {@code /transfer}): {@code patient}
 * (uuid, required), {@code includeVoided}, {@code startIndex}, {@code limit}, {@code v}, {@code totalCount}; the
 * contacts' filter {@code category}, {@code concernKind}, {@code fromDate}, {@code toDate} (days, both included); the
 * gifts' {@code awaitingDeclaration}. Kept as text and parsed here, so that every bad value is a 400 naming it.
 */
public class ChartParams {

	private String patient;

	private String includeVoided;

	private String startIndex;

	private String limit;

	private String v;

	private String totalCount;

	private String category;

	private String concernKind;

	private String fromDate;

	private String toDate;

	private String awaitingDeclaration;

	Patient chart() {
		return References.requiredPatient(patient);
	}

	boolean includeVoided() {
		return Params.flag("includeVoided", includeVoided);
	}

	Paging paging() {
		return Paging.of(Params.integer("startIndex", startIndex), Params.integer("limit", limit));
	}

	boolean full() {
		return Views.full(v == null ? "default" : v);
	}

	/** {@code totalCount=true} adds the number of rows over all pages to the answer, as the OpenMRS REST API does. */
	boolean totalCount() {
		return Params.flag("totalCount", totalCount);
	}

	ContactLogFilter contactFilter() {
		return new ContactLogFilter(Params.enumValue("category", category, ContactCategory.class),
		        Params.enumValue("concernKind", concernKind, ConcernKind.class), Dates.day("fromDate", fromDate),
		        Dates.day("toDate", toDate));
	}

	boolean awaitingDeclaration() {
		return Params.flag("awaitingDeclaration", awaitingDeclaration);
	}

	public void setPatient(String patient) {
		this.patient = patient;
	}

	public void setIncludeVoided(String includeVoided) {
		this.includeVoided = includeVoided;
	}

	public void setStartIndex(String startIndex) {
		this.startIndex = startIndex;
	}

	public void setLimit(String limit) {
		this.limit = limit;
	}

	public void setV(String v) {
		this.v = v;
	}

	public void setTotalCount(String totalCount) {
		this.totalCount = totalCount;
	}

	public void setCategory(String category) {
		this.category = category;
	}

	public void setConcernKind(String concernKind) {
		this.concernKind = concernKind;
	}

	public void setFromDate(String fromDate) {
		this.fromDate = fromDate;
	}

	public void setToDate(String toDate) {
		this.toDate = toDate;
	}

	public void setAwaitingDeclaration(String awaitingDeclaration) {
		this.awaitingDeclaration = awaitingDeclaration;
	}
}
