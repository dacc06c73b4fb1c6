package org.openmrs.module.boundaries.web.contactlog;

import java.math.BigDecimal;

import org.openmrs.module.boundaries.contactlog.GiftDecision;
import org.openmrs.module.boundaries.contactlog.GiftDonor;
import org.openmrs.module.boundaries.contactlog.GiftKind;
import org.openmrs.module.boundaries.web.JsonRequest;

/**
 * Body of {@code POST /gift}. Days as {@code yyyy-MM-dd}; {@code currency} defaults to the global property
 * {@code boundaries.gift.defaultCurrency}. With {@code corrects}, the new record corrects that one, which is voided with
 * {@code correctionReason}.
 */
public class GiftRequest extends JsonRequest {

	private String patient;

	private String description;

	private GiftKind kind;

	private BigDecimal estimatedValue;

	private String currency;

	private String recipientProvider;

	private String recipientUser;

	private GiftDonor donor;

	private String donorName;

	private String offeredOn;

	private GiftDecision decision;

	private String reason;

	private String declaredOn;

	private String corrects;

	private String correctionReason;

	public String getPatient() {
		return patient;
	}

	public void setPatient(String patient) {
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

	public String getRecipientProvider() {
		return recipientProvider;
	}

	public void setRecipientProvider(String recipientProvider) {
		this.recipientProvider = recipientProvider;
	}

	public String getRecipientUser() {
		return recipientUser;
	}

	public void setRecipientUser(String recipientUser) {
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

	public String getOfferedOn() {
		return offeredOn;
	}

	public void setOfferedOn(String offeredOn) {
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

	public String getDeclaredOn() {
		return declaredOn;
	}

	public void setDeclaredOn(String declaredOn) {
		this.declaredOn = declaredOn;
	}

	public String getCorrects() {
		return corrects;
	}

	public void setCorrects(String corrects) {
		this.corrects = corrects;
	}

	public String getCorrectionReason() {
		return correctionReason;
	}

	public void setCorrectionReason(String correctionReason) {
		this.correctionReason = correctionReason;
	}
}
