package org.openmrs.module.boundaries.web.contactlog;

import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /transfer}. Providers by uuid, days as {@code yyyy-MM-dd}. */
public class TransferRequest extends JsonRequest {

	private String patient;

	private String fromProvider;

	private String toProvider;

	private String reason;

	private Boolean endsRelationship;

	private Boolean patientWarnedFirst;

	private Boolean toldInWriting;

	private String letterDate;

	private String recordsPassedOn;

	private String effectiveDate;

	public String getPatient() {
		return patient;
	}

	public void setPatient(String patient) {
		this.patient = patient;
	}

	public String getFromProvider() {
		return fromProvider;
	}

	public void setFromProvider(String fromProvider) {
		this.fromProvider = fromProvider;
	}

	public String getToProvider() {
		return toProvider;
	}

	public void setToProvider(String toProvider) {
		this.toProvider = toProvider;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Boolean getEndsRelationship() {
		return endsRelationship;
	}

	public void setEndsRelationship(Boolean endsRelationship) {
		this.endsRelationship = endsRelationship;
	}

	public Boolean getPatientWarnedFirst() {
		return patientWarnedFirst;
	}

	public void setPatientWarnedFirst(Boolean patientWarnedFirst) {
		this.patientWarnedFirst = patientWarnedFirst;
	}

	public Boolean getToldInWriting() {
		return toldInWriting;
	}

	public void setToldInWriting(Boolean toldInWriting) {
		this.toldInWriting = toldInWriting;
	}

	public String getLetterDate() {
		return letterDate;
	}

	public void setLetterDate(String letterDate) {
		this.letterDate = letterDate;
	}

	public String getRecordsPassedOn() {
		return recordsPassedOn;
	}

	public void setRecordsPassedOn(String recordsPassedOn) {
		this.recordsPassedOn = recordsPassedOn;
	}

	public String getEffectiveDate() {
		return effectiveDate;
	}

	public void setEffectiveDate(String effectiveDate) {
		this.effectiveDate = effectiveDate;
	}
}
