package org.openmrs.module.boundaries.web.contactlog;

import org.openmrs.Patient;
import org.openmrs.module.boundaries.api.Paging;

/**
 * The query parameters of a chart's lists ({@code /contact}, {@code /gift}, {@code /transfer}): {@code patient}
 * (uuid, required), {@code includeVoided}, {@code startIndex}, {@code limit}, {@code v}. Kept as text and parsed
 * here, so that every bad value is a 400 naming it.
 */
public class ChartParams {

	private String patient;

	private String includeVoided;

	private String startIndex;

	private String limit;

	private String v;

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
}
