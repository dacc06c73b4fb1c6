package org.openmrs.module.boundaries.contactlog;

import java.util.Date;
import java.util.EnumSet;
import java.util.Set;

import javax.persistence.Column;
import javax.persistence.Convert;
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
 * One contact between the practice and a patient, as it goes on the patient's chart: when, which way, over which
 * channel, who was involved, what it was about and what was done. Entries are append-only: a mistake is corrected by
 * voiding the entry with a reason and adding a new entry that {@link #getCorrects() corrects} it.
 */
@Entity
@Table(name = "boundaries_contact_log_entry")
public class ContactLogEntry extends BaseOpenmrsData implements ChartRow {

	public static final int SUMMARY_MAX_LENGTH = 2000;

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "contact_log_entry_id")
	private Integer id;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "patient_id", nullable = false, updatable = false)
	private Patient patient;

	@Temporal(TemporalType.TIMESTAMP)
	@Column(name = "occurred_at", nullable = false)
	private Date occurredAt;

	@Enumerated(EnumType.STRING)
	@Column(name = "direction", nullable = false, length = 16)
	private ContactDirection direction;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", nullable = false, length = 32)
	private ContactChannel channel;

	/** The member of staff involved, when it was not (only) a provider. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "staff_user_id")
	private User staffUser;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "provider_id")
	private Provider provider;

	@Column(name = "summary", nullable = false, length = SUMMARY_MAX_LENGTH)
	private String summary;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 32)
	private ContactCategory category;

	@Enumerated(EnumType.STRING)
	@Column(name = "concern_kind", length = 32)
	private ConcernKind concernKind;

	@Enumerated(EnumType.STRING)
	@Column(name = "severity", length = 16)
	private ConcernSeverity severity;

	@Convert(converter = ActionSetConverter.class)
	@Column(name = "actions", length = 255)
	private Set<ActionTaken> actions = EnumSet.noneOf(ActionTaken.class);

	@Column(name = "actions_note", length = 1000)
	private String actionsNote;

	@Temporal(TemporalType.DATE)
	@Column(name = "follow_up_date")
	private Date followUpDate;

	/** The portal message this contact is about; a uuid rather than a key, since messaging owns that table. */
	@Column(name = "related_message_uuid", length = 38)
	private String relatedMessageUuid;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "corrects_id")
	private ContactLogEntry corrects;

	public boolean isBoundaryConcern() {
		return category == ContactCategory.BOUNDARY_CONCERN;
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

	public Date getOccurredAt() {
		return occurredAt;
	}

	public void setOccurredAt(Date occurredAt) {
		this.occurredAt = occurredAt;
	}

	public ContactDirection getDirection() {
		return direction;
	}

	public void setDirection(ContactDirection direction) {
		this.direction = direction;
	}

	public ContactChannel getChannel() {
		return channel;
	}

	public void setChannel(ContactChannel channel) {
		this.channel = channel;
	}

	public User getStaffUser() {
		return staffUser;
	}

	public void setStaffUser(User staffUser) {
		this.staffUser = staffUser;
	}

	public Provider getProvider() {
		return provider;
	}

	public void setProvider(Provider provider) {
		this.provider = provider;
	}

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public ContactCategory getCategory() {
		return category;
	}

	public void setCategory(ContactCategory category) {
		this.category = category;
	}

	public ConcernKind getConcernKind() {
		return concernKind;
	}

	public void setConcernKind(ConcernKind concernKind) {
		this.concernKind = concernKind;
	}

	public ConcernSeverity getSeverity() {
		return severity;
	}

	public void setSeverity(ConcernSeverity severity) {
		this.severity = severity;
	}

	public Set<ActionTaken> getActions() {
		return actions;
	}

	public void setActions(Set<ActionTaken> actions) {
		this.actions = actions == null || actions.isEmpty() ? EnumSet.noneOf(ActionTaken.class) : EnumSet.copyOf(actions);
	}

	public String getActionsNote() {
		return actionsNote;
	}

	public void setActionsNote(String actionsNote) {
		this.actionsNote = actionsNote;
	}

	public Date getFollowUpDate() {
		return followUpDate;
	}

	public void setFollowUpDate(Date followUpDate) {
		this.followUpDate = followUpDate;
	}

	public String getRelatedMessageUuid() {
		return relatedMessageUuid;
	}

	public void setRelatedMessageUuid(String relatedMessageUuid) {
		this.relatedMessageUuid = relatedMessageUuid;
	}

	public ContactLogEntry getCorrects() {
		return corrects;
	}

	public void setCorrects(ContactLogEntry corrects) {
		this.corrects = corrects;
	}
}
