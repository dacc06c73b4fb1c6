package org.openmrs.module.boundaries.web.messaging;

import java.util.Date;

import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /coverage}: who covers, from when (default now) until when. The provider defaults to the caller. */
public class CoverageRequest extends JsonRequest {

	private String provider;

	private String coveringProvider;

	private Date startDate;

	private Date endDate;

	private String note;

	public String getProvider() {
		return provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public String getCoveringProvider() {
		return coveringProvider;
	}

	public void setCoveringProvider(String coveringProvider) {
		this.coveringProvider = coveringProvider;
	}

	public Date getStartDate() {
		return startDate;
	}

	public void setStartDate(Date startDate) {
		this.startDate = startDate;
	}

	public Date getEndDate() {
		return endDate;
	}

	public void setEndDate(Date endDate) {
		this.endDate = endDate;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
