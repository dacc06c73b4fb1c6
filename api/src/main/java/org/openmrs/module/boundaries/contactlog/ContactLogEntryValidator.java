package org.openmrs.module.boundaries.contactlog;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks an entry before it goes on a patient's chart; run by the platform on every save. */
@Handler(supports = { ContactLogEntry.class }, order = 50)
public class ContactLogEntryValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return ContactLogEntry.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		ContactLogEntry entry = (ContactLogEntry) target;
		Checks.required(errors, "patient", entry.getPatient());
		Checks.required(errors, "occurredAt", entry.getOccurredAt());
		Checks.past(errors, "occurredAt", entry.getOccurredAt());
		Checks.required(errors, "direction", entry.getDirection());
		Checks.required(errors, "channel", entry.getChannel());
		Checks.required(errors, "category", entry.getCategory());
		Checks.required(errors, "summary", entry.getSummary());
		if (entry.getStaffUser() == null && entry.getProvider() == null) {
			errors.rejectValue("provider", "boundaries.error.provider.involvedRequired",
			    "Say who was involved: a provider or a member of staff.");
		}
		if (entry.isBoundaryConcern()) {
			Checks.required(errors, "concernKind", entry.getConcernKind());
			Checks.required(errors, "severity", entry.getSeverity());
		} else {
			if (entry.getConcernKind() != null) {
				errors.rejectValue("concernKind", "boundaries.error.concernKind.notAConcern",
				    "Only a boundary concern has a kind.");
			}
			if (entry.getSeverity() != null) {
				errors.rejectValue("severity", "boundaries.error.severity.notAConcern",
				    "Only a boundary concern has a severity.");
			}
		}
		if (entry.getActions().contains(ActionTaken.OTHER) && StringUtils.isBlank(entry.getActionsNote())) {
			errors.rejectValue("actionsNote", "boundaries.error.actionsNote.required",
			    "Describe the other action taken.");
		}
		Checks.notBeforeDay(errors, "followUpDate", entry.getFollowUpDate(), entry.getOccurredAt(), "beforeContact");
		if (entry.getCorrects() != null && !Checks.samePerson(entry.getCorrects().getPatient(), entry.getPatient())) {
			errors.rejectValue("corrects", "boundaries.error.corrects.otherPatient",
			    "A correction must be on the same patient's chart.");
		}
	}
}
