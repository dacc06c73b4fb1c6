package org.openmrs.module.boundaries.web.messaging;

import java.util.Set;

import org.openmrs.module.boundaries.contactlog.ActionTaken;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /thread/{uuid}/flag}: the concern, and the message it is about when it is about one. */
public class FlagRequest extends JsonRequest {

	private String message;

	private ConcernKind concernKind;

	private ConcernSeverity severity;

	private String summary;

	private Set<ActionTaken> actions;

	public String getMessage() {
		return message;
	}

	public void setMessage(String message) {
		this.message = message;
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

	public String getSummary() {
		return summary;
	}

	public void setSummary(String summary) {
		this.summary = summary;
	}

	public Set<ActionTaken> getActions() {
		return actions;
	}

	public void setActions(Set<ActionTaken> actions) {
		this.actions = actions;
	}
}
