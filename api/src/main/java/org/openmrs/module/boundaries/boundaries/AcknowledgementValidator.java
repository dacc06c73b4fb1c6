package org.openmrs.module.boundaries.boundaries;

import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks an acknowledgement names its patient, provider and method before it is saved. */
@Handler(supports = { Acknowledgement.class }, order = 50)
public class AcknowledgementValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return Acknowledgement.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		Acknowledgement acknowledgement = (Acknowledgement) target;
		if (acknowledgement.getPatient() == null) {
			errors.rejectValue("patient", "boundaries.error.patient.required", "Choose the patient.");
		}
		if (acknowledgement.getProvider() == null) {
			errors.rejectValue("provider", "boundaries.error.provider.required", "Choose the provider.");
		}
		if (acknowledgement.getMethod() == null) {
			errors.rejectValue("method", "boundaries.error.method.required",
			    "Say whether it was acknowledged in the portal or in clinic.");
		}
	}
}
