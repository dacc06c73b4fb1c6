package org.openmrs.module.boundaries.messaging;

import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;

@Handler(supports = { MessagingRestriction.class }, order = 50)
public class MessagingRestrictionValidator extends RoutingRuleValidator {

	@Override
	public boolean supports(Class<?> clazz) {
		return MessagingRestriction.class.isAssignableFrom(clazz);
	}

	@Override
	protected String routeToField() {
		return "routeTo";
	}

	@Override
	public void validate(Object target, Errors errors) {
		MessagingRestriction restriction = (MessagingRestriction) target;
		if (restriction.getPatient() == null) {
			errors.rejectValue("patient", "boundaries.error.patient.required", "The patient is required");
		}
		validateRule(restriction, errors);
		rejectIfLonger(errors, "reason", restriction.getReason(), MessagingRestriction.REASON_MAX_LENGTH);
	}
}
