package org.openmrs.module.boundaries.contactlog;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;

/**
 * A patient's care moved from one provider to a colleague: either a plain transfer, or the end of the professional
 * relationship as GMC guidance describes it (the patient warned first, told in writing with reasons, the records
 * passed on). Saving one writes its own {@link ContactLogEntry} and tells every {@link CareTransferListener}.
 */
@Entity
@Table(name = "boundaries_care_transfer")
public class CareTransfer extends BaseOpenmrsData implements ChartRow {

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "care_transfer_id")
	private Integer id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "patient_id", nullable = false, updatable = false)
	private Patient patient;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "from_provider_id", nullable = false)
	private Provider fromProvider;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "to_provider_id", nullable = false)
	private Provider toProvider;

	@Column(name = "reason", nullable = false, length = 1000)
	private String reason;

	@Column(name = "patient_warned_first", nullable = false)
	private boolean patientWarnedFirst;

	@Column(name = "told_in_writing", nullable = false)
	private boolean toldInWriting;

	@Temporal(TemporalType.DATE)
	@Column(name = "letter_date")
	private Date letterDate;

	@Temporal(TemporalType.DATE)
	@Column(name = "records_passed_on")
	private Date recordsPassedOn;

	/** True: the professional relationship ends (GMC guidance); false: care simply moves to a colleague. */
	@Column(name = "ends_relationship", nullable = false)
	private boolean endsRelationship;

	@Temporal(TemporalType.DATE)
	@Column(name = "effective_date", nullable = false)
	private Date effectiveDate;

	/** The entry the transfer wrote in the patient's contact log. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "contact_log_entry_id")
	private ContactLogEntry contactLogEntry;

	@Override
	public Integer getId() {
		return id;
	}

	@Override
	public void setId(Integer id) {
		this.id = id;
	}

	@Override
	public Patient getPatient() {
		return patient;
	}

	public void setPatient(Patient patient) {
		this.patient = patient;
	}

	public Provider getFromProvider() {
		return fromProvider;
	}

	public void setFromProvider(Provider fromProvider) {
		this.fromProvider = fromProvider;
	}

	public Provider getToProvider() {
		return toProvider;
	}

	public void setToProvider(Provider toProvider) {
		this.toProvider = toProvider;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public boolean isPatientWarnedFirst() {
		return patientWarnedFirst;
	}

	public void setPatientWarnedFirst(boolean patientWarnedFirst) {
		this.patientWarnedFirst = patientWarnedFirst;
	}

	public boolean isToldInWriting() {
		return toldInWriting;
	}

	public void setToldInWriting(boolean toldInWriting) {
		this.toldInWriting = toldInWriting;
	}

	public Date getLetterDate() {
		return letterDate;
	}

	public void setLetterDate(Date letterDate) {
		this.letterDate = letterDate;
	}

	public Date getRecordsPassedOn() {
		return recordsPassedOn;
	}

	public void setRecordsPassedOn(Date recordsPassedOn) {
		this.recordsPassedOn = recordsPassedOn;
	}

	public boolean isEndsRelationship() {
		return endsRelationship;
	}

	public void setEndsRelationship(boolean endsRelationship) {
		this.endsRelationship = endsRelationship;
	}

	public Date getEffectiveDate() {
		return effectiveDate;
	}

	public void setEffectiveDate(Date effectiveDate) {
		this.effectiveDate = effectiveDate;
	}

	public ContactLogEntry getContactLogEntry() {
		return contactLogEntry;
	}

	public void setContactLogEntry(ContactLogEntry contactLogEntry) {
		this.contactLogEntry = contactLogEntry;
	}
}
