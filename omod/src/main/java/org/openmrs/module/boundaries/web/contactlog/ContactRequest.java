package org.openmrs.module.boundaries.web.contactlog;

import java.util.List;

import org.openmrs.module.boundaries.contactlog.ActionTaken;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactCategory;
import org.openmrs.module.boundaries.contactlog.ContactChannel;
import org.openmrs.module.boundaries.contactlog.ContactDirection;
import org.openmrs.module.boundaries.web.JsonRequest;

/**
 * Body of {@code POST /contact}. People and earlier entries by uuid; {@code occurredAt} as ISO 8601 with an offset,
 * {@code followUpDate} as {@code yyyy-MM-dd}. With {@code corrects}, the new entry corrects that one, which is voided
 * with {@code correctionReason}.
 */
public class ContactRequest extends JsonRequest {

	private String patient;

	private String occurredAt;

	private ContactDirection direction;

	private ContactChannel channel;

	private String staffUser;

	private String provider;

	private String summary;

	private ContactCategory category;

	private ConcernKind concernKind;

	private ConcernSeverity severity;

	private List<ActionTaken> actions;

	private String actionsNote;

	private String followUpDate;

	private String relatedMessageUuid;

	private String corrects;

	private String correctionReason;

	public String getPatient() {
		return patient;
	}

	public void setPatient(String patient) {
		this.patient = patient;
	}

	public String getOccurredAt() {
		return occurredAt;
	}

	public void setOccurredAt(String occurredAt) {
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

	public String getStaffUser() {
		return staffUser;
	}

	public void setStaffUser(String staffUser) {
		this.staffUser = staffUser;
	}

	public String getProvider() {
		return provider;
	}

	public void setProvider(String provider) {
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

	public List<ActionTaken> getActions() {
		return actions;
	}

	public void setActions(List<ActionTaken> actions) {
		this.actions = actions;
	}

	public String getActionsNote() {
		return actionsNote;
	}

	public void setActionsNote(String actionsNote) {
		this.actionsNote = actionsNote;
	}

	public String getFollowUpDate() {
		return followUpDate;
	}

	public void setFollowUpDate(String followUpDate) {
		this.followUpDate = followUpDate;
	}

	public String getRelatedMessageUuid() {
		return relatedMessageUuid;
	}

	public void setRelatedMessageUuid(String relatedMessageUuid) {
		this.relatedMessageUuid = relatedMessageUuid;
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
