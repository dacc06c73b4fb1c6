package org.openmrs.module.boundaries.messaging;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import org.openmrs.module.boundaries.contactlog.ActionTaken;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;

/** What a clinician says when flagging a thread or message as a boundary concern. */
public final class ConcernReport {

	private final ConcernKind kind;

	private final ConcernSeverity severity;

	private final String summary;

	private final Set<ActionTaken> actions;

	public ConcernReport(ConcernKind kind, ConcernSeverity severity, String summary, Set<ActionTaken> actions) {
		this.kind = kind;
		this.severity = severity;
		this.summary = summary;
		this.actions = actions == null || actions.isEmpty() ? Collections.emptySet()
		        : Collections.unmodifiableSet(EnumSet.copyOf(actions));
	}

	public ConcernKind getKind() {
		return kind;
	}

	public ConcernSeverity getSeverity() {
		return severity;
	}

	public String getSummary() {
		return summary;
	}

	public Set<ActionTaken> getActions() {
		return actions;
	}
}
