package org.openmrs.module.boundaries.messaging;

import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.DateRange;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** What coverages and restrictions share: two different providers and a period that ends after it starts. */
abstract class RoutingRuleValidator implements Validator {

	/** The request field naming the provider new threads go to. */
	protected abstract String routeToField();

	protected void validateRule(RoutingRule rule, Errors errors) {
		if (rule.getProvider() == null) {
			errors.rejectValue("provider", "boundaries.error.provider.required", "The provider is required");
		}
		Provider routeTo = rule.getRouteTo();
		if (routeTo == null) {
			errors.rejectValue(routeToField(), "boundaries.error.colleague.required", "Name the colleague");
		} else if (routeTo.equals(rule.getProvider())) {
			errors.rejectValue(routeToField(), "boundaries.error.colleague.same",
			    "The colleague must be someone other than the provider");
		} else if (Boolean.TRUE.equals(routeTo.getRetired())) {
			errors.rejectValue(routeToField(), "boundaries.error.colleague.retired", "The colleague is no longer active");
		}
		if (rule.getStartDate() == null) {
			errors.rejectValue("startDate", "boundaries.error.startDate.required", "The start is required");
		} else if (!DateRange.accepts(rule.getStartDate())) {
			errors.rejectValue("startDate", DateRange.OUT_OF_RANGE, "Enter a date between the years 1900 and 9999");
		} else if (!DateRange.accepts(rule.getEndDate())) {
			errors.rejectValue("endDate", DateRange.OUT_OF_RANGE, "Enter a date between the years 1900 and 9999");
		} else if (rule.getEndDate() != null && !rule.getEndDate().after(rule.getStartDate())) {
			errors.rejectValue("endDate", "boundaries.error.endDate.beforeStart", "The end must be after the start");
		}
	}

	protected static void rejectIfLonger(Errors errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "boundaries.error." + field + ".tooLong", new Object[] { max },
			    "Longer than " + max + " characters");
		}
	}
}
