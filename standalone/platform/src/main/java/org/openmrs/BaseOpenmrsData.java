package org.openmrs;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.MappedSuperclass;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Stand-in for {@code org.openmrs.BaseOpenmrsData}: creator/dateCreated, changedBy/dateChanged and the void
 * fields, mapped to the usual OpenMRS column names.
 */
@MappedSuperclass
public abstract class BaseOpenmrsData extends BaseOpenmrsObject implements OpenmrsData {

	private static final long serialVersionUID = 1L;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "creator", updatable = false)
	protected User creator;

	@Column(name = "date_created", nullable = false, updatable = false)
	private Date dateCreated;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "changed_by")
	private User changedBy;

	@Column(name = "date_changed")
	private Date dateChanged;

	@Column(name = "voided", nullable = false)
	private Boolean voided = Boolean.FALSE;

	@Column(name = "date_voided")
	private Date dateVoided;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "voided_by")
	private User voidedBy;

	@Column(name = "void_reason", length = 255)
	private String voidReason;

	public BaseOpenmrsData() {
	}

	@Override
	public User getCreator() {
		return creator;
	}

	@Override
	public void setCreator(User creator) {
		this.creator = creator;
	}

	@Override
	public Date getDateCreated() {
		return dateCreated;
	}

	@Override
	public void setDateCreated(Date dateCreated) {
		this.dateCreated = dateCreated;
	}

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	public User getChangedBy() {
		return changedBy;
	}

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	public void setChangedBy(User changedBy) {
		this.changedBy = changedBy;
	}

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	public Date getDateChanged() {
		return dateChanged;
	}

	/** @deprecated as in the real platform */
	@Override
	@Deprecated
	public void setDateChanged(Date dateChanged) {
		this.dateChanged = dateChanged;
	}

	/** @deprecated as in the real platform, use {@link #getVoided()} */
	@Override
	@Deprecated
	@JsonIgnore
	public Boolean isVoided() {
		return getVoided();
	}

	@Override
	public Boolean getVoided() {
		return voided;
	}

	@Override
	public void setVoided(Boolean voided) {
		this.voided = voided;
	}

	@Override
	public Date getDateVoided() {
		return dateVoided;
	}

	@Override
	public void setDateVoided(Date dateVoided) {
		this.dateVoided = dateVoided;
	}

	@Override
	public User getVoidedBy() {
		return voidedBy;
	}

	@Override
	public void setVoidedBy(User voidedBy) {
		this.voidedBy = voidedBy;
	}

	@Override
	public String getVoidReason() {
		return voidReason;
	}

	@Override
	public void setVoidReason(String voidReason) {
		this.voidReason = voidReason;
	}
}
