package org.openmrs;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.Lob;
import javax.persistence.ManyToOne;
import javax.persistence.MappedSuperclass;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Stand-in for {@code org.openmrs.BaseOpenmrsMetadata}: name, description, audit and retire fields.
 */
@MappedSuperclass
public abstract class BaseOpenmrsMetadata extends BaseOpenmrsObject implements OpenmrsMetadata {

	private static final long serialVersionUID = 1L;

	@Column(name = "name", nullable = false, length = 255)
	private String name;

	@Column(name = "description", length = 255)
	@Lob
	private String description;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "creator")
	private User creator;

	@Column(name = "date_created", nullable = false)
	private Date dateCreated;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "changed_by")
	private User changedBy;

	@Column(name = "date_changed")
	private Date dateChanged;

	@Column(name = "retired", nullable = false)
	private Boolean retired = Boolean.FALSE;

	@Column(name = "date_retired")
	private Date dateRetired;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "retired_by")
	private User retiredBy;

	@Column(name = "retire_reason", length = 255)
	private String retireReason;

	public BaseOpenmrsMetadata() {
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public void setName(String name) {
		this.name = name;
	}

	@Override
	public String getDescription() {
		return description;
	}

	@Override
	public void setDescription(String description) {
		this.description = description;
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

	/** @deprecated as in the real platform, use {@link #getRetired()} */
	@Override
	@Deprecated
	@JsonIgnore
	public Boolean isRetired() {
		return getRetired();
	}

	@Override
	public Boolean getRetired() {
		return retired;
	}

	@Override
	public void setRetired(Boolean retired) {
		this.retired = retired;
	}

	@Override
	public Date getDateRetired() {
		return dateRetired;
	}

	@Override
	public void setDateRetired(Date dateRetired) {
		this.dateRetired = dateRetired;
	}

	@Override
	public User getRetiredBy() {
		return retiredBy;
	}

	@Override
	public void setRetiredBy(User retiredBy) {
		this.retiredBy = retiredBy;
	}

	@Override
	public String getRetireReason() {
		return retireReason;
	}

	@Override
	public void setRetireReason(String retireReason) {
		this.retireReason = retireReason;
	}
}
