package org.openmrs.module.boundaries.messaging;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.openmrs.Patient;
import org.openmrs.Provider;

/**
 * One patient may no longer message a provider personally: the patient's new threads for the provider go to a named
 * colleague. Made by the provider (a restriction) or by a transfer of care.
 */
@Entity
@Table(name = "boundaries_restriction")
public class MessagingRestriction extends RoutingRule {

	private static final long serialVersionUID = 1L;

	public static final int REASON_MAX_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_restriction_id")
	private Integer restrictionId;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "patient_id", nullable = false, updatable = false)
	private Patient patient;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "route_to_provider_id", nullable = false, updatable = false)
	private Provider routeTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "cause", nullable = false, length = 32, updatable = false)
	private RestrictionCause cause = RestrictionCause.PROVIDER_RESTRICTION;

	@Column(name = "reason", length = REASON_MAX_LENGTH)
	private String reason;

	@Override
	public Provider getRouteTo() {
		return routeTo;
	}

	public void setRouteTo(Provider routeTo) {
		this.routeTo = routeTo;
	}

	@Override
	public Integer getId() {
		return restrictionId;
	}

	@Override
	public void setId(Integer id) {
		this.restrictionId = id;
	}

	public Patient getPatient() {
		return patient;
	}

	public void setPatient(Patient patient) {
		this.patient = patient;
	}

	public RestrictionCause getCause() {
		return cause;
	}

	public void setCause(RestrictionCause cause) {
		this.cause = cause;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}
}
