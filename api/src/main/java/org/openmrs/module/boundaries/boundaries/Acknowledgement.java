package org.openmrs.module.boundaries.boundaries;

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

import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;

/**
 * A patient's statement that they read a provider's boundaries: which versions, when, and how. The boundaries a
 * patient reads are the provider's own published version merged with the organisation default, so the record keeps
 * both versions: {@link #getProfile()} (the provider's own, null when the provider has none) and
 * {@link #getDefaultProfile()} (the default, null when nothing of it showed). A correction voids the record.
 */
@Entity
@Table(name = "boundaries_acknowledgement")
public class Acknowledgement extends BaseOpenmrsData {

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_acknowledgement_id")
	private Integer id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "patient_id", nullable = false, updatable = false)
	private Patient patient;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "provider_id", nullable = false, updatable = false)
	private Provider provider;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "profile_id", updatable = false)
	private BoundaryProfile profile;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "default_profile_id", updatable = false)
	private BoundaryProfile defaultProfile;

	@Column(name = "date_acknowledged", nullable = false, updatable = false)
	private Date dateAcknowledged;

	@Enumerated(EnumType.STRING)
	@Column(name = "method", length = 20, nullable = false, updatable = false)
	private AcknowledgementMethod method;

	protected Acknowledgement() {
	}

	/** A new acknowledgement; the service fills in the versions and the time when it saves it. */
	public Acknowledgement(Patient patient, Provider provider, AcknowledgementMethod method) {
		this.patient = patient;
		this.provider = provider;
		this.method = method;
	}

	@Override
	public Integer getId() {
		return id;
	}

	@Override
	public void setId(Integer id) {
		this.id = id;
	}

	public Patient getPatient() {
		return patient;
	}

	public Provider getProvider() {
		return provider;
	}

	/** The provider's own published version acknowledged; null when the provider had none. */
	public BoundaryProfile getProfile() {
		return profile;
	}

	/** The organisation default's version the patient saw merged in; null when nothing was inherited. */
	public BoundaryProfile getDefaultProfile() {
		return defaultProfile;
	}

	/** The version number the patient saw: the provider's own, else the organisation default's. */
	public Integer getVersion() {
		return profile != null ? profile.getVersion() : defaultProfile == null ? null : defaultProfile.getVersion();
	}

	public Date getDateAcknowledged() {
		return dateAcknowledged;
	}

	public AcknowledgementMethod getMethod() {
		return method;
	}

	/** Who recorded it: the patient for {@link AcknowledgementMethod#PORTAL}, a member of staff in clinic. */
	public User getRecordedBy() {
		return getCreator();
	}

	/** Records what the patient saw: the provider's own version and the default's merged in (either may be null). */
	void recordVersions(BoundaryProfile own, BoundaryProfile organisationDefault, Date when) {
		this.profile = own;
		this.defaultProfile = organisationDefault;
		this.dateAcknowledged = when;
	}
}
