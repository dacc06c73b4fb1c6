package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.util.Date;

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
import javax.persistence.Temporal;
import javax.persistence.TemporalType;

import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;

/**
 * A gift offered by a patient (or a relative, or someone else on the patient's behalf) to a member of staff, and what
 * became of it: one line of the practice's gift register. Append-only like the contact log.
 */
@Entity
@Table(name = "boundaries_gift")
public class GiftRecord extends BaseOpenmrsData implements ChartRow {

	/** No gift to a member of staff is plausibly worth more; a larger figure is a typing mistake. */
	public static final BigDecimal MAX_VALUE = new BigDecimal("1000000");

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "gift_id")
	private Integer id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "patient_id", nullable = false, updatable = false)
	private Patient patient;

	@Column(name = "description", nullable = false, length = 500)
	private String description;

	@Enumerated(EnumType.STRING)
	@Column(name = "kind", nullable = false, length = 32)
	private GiftKind kind;

	@Column(name = "estimated_value", nullable = false, precision = 12, scale = 2)
	private BigDecimal estimatedValue;

	/** ISO 4217 code. */
	@Column(name = "currency", nullable = false, length = 3)
	private String currency;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "recipient_provider_id")
	private Provider recipientProvider;

	/** The member of staff offered the gift, when it was not (only) a provider. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "recipient_user_id")
	private User recipientUser;

	@Enumerated(EnumType.STRING)
	@Column(name = "donor", nullable = false, length = 16)
	private GiftDonor donor;

	/** Who the relative or other donor is, in the recorder's words. */
	@Column(name = "donor_name", length = 255)
	private String donorName;

	@Temporal(TemporalType.DATE)
	@Column(name = "offered_on", nullable = false)
	private Date offeredOn;

	@Enumerated(EnumType.STRING)
	@Column(name = "decision", nullable = false, length = 32)
	private GiftDecision decision;

	@Column(name = "reason", length = 1000)
	private String reason;

	/** When the gift was entered in the practice's register of declared gifts, if it was. */
	@Temporal(TemporalType.DATE)
	@Column(name = "declared_on")
	private Date declaredOn;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "corrects_id")
	private GiftRecord corrects;

	/** True when this gift alone is at or over the declaration threshold of the policy. */
	public boolean requiresDeclaration(GiftPolicy policy) {
		return policy.reachesThreshold(estimatedValue, currency);
	}

	public boolean isCash() {
		return kind == GiftKind.CASH_OR_VOUCHER;
	}

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

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public GiftKind getKind() {
		return kind;
	}

	public void setKind(GiftKind kind) {
		this.kind = kind;
	}

	public BigDecimal getEstimatedValue() {
		return estimatedValue;
	}

	public void setEstimatedValue(BigDecimal estimatedValue) {
		this.estimatedValue = estimatedValue;
	}

	public String getCurrency() {
		return currency;
	}

	public void setCurrency(String currency) {
		this.currency = currency;
	}

	public Provider getRecipientProvider() {
		return recipientProvider;
	}

	public void setRecipientProvider(Provider recipientProvider) {
		this.recipientProvider = recipientProvider;
	}

	public User getRecipientUser() {
		return recipientUser;
	}

	public void setRecipientUser(User recipientUser) {
		this.recipientUser = recipientUser;
	}

	public GiftDonor getDonor() {
		return donor;
	}

	public void setDonor(GiftDonor donor) {
		this.donor = donor;
	}

	public String getDonorName() {
		return donorName;
	}

	public void setDonorName(String donorName) {
		this.donorName = donorName;
	}

	public Date getOfferedOn() {
		return offeredOn;
	}

	public void setOfferedOn(Date offeredOn) {
		this.offeredOn = offeredOn;
	}

	public GiftDecision getDecision() {
		return decision;
	}

	public void setDecision(GiftDecision decision) {
		this.decision = decision;
	}

	public String getReason() {
		return reason;
	}

	public void setReason(String reason) {
		this.reason = reason;
	}

	public Date getDeclaredOn() {
		return declaredOn;
	}

	public void setDeclaredOn(Date declaredOn) {
		this.declaredOn = declaredOn;
	}

	public GiftRecord getCorrects() {
		return corrects;
	}

	public void setCorrects(GiftRecord corrects) {
		this.corrects = corrects;
	}
}
