package org.openmrs.module.boundaries.messaging;

import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;

@Handler(supports = { Coverage.class }, order = 50)
public class CoverageValidator extends RoutingRuleValidator {

	@Override
	public boolean supports(Class<?> clazz) {
		return Coverage.class.isAssignableFrom(clazz);
	}

	@Override
	protected String routeToField() {
		return "coveringProvider";
	}

	@Override
	public void validate(Object target, Errors errors) {
		Coverage coverage = (Coverage) target;
		validateRule(coverage, errors);
		rejectIfLonger(errors, "note", coverage.getNote(), Coverage.NOTE_MAX_LENGTH);
	}
}
