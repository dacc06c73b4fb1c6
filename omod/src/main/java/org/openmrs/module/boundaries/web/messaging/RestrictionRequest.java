package org.openmrs.module.boundaries.web.messaging;

import java.util.Date;

import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /restriction}: the patient, the colleague who takes over, and why. The provider defaults to the caller. */
public class RestrictionRequest extends JsonRequest {

	private String patient;

	private String provider;

	private String routeTo;

	private String reason;

	private Date endDate;

	public String getPatient() {
		return patient;
	}

	public void setPatient(String patient) {
		this.patient = patient;
	}

	public String getProvider() {
		return provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public String getRouteTo() {
		return routeTo;
	}

	public void setRouteTo(String routeTo) {
		this.routeTo = routeTo;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Date getEndDate() {
		return endDate;
	}

	public void setEndDate(Date endDate) {
		this.endDate = endDate;
	}
}
