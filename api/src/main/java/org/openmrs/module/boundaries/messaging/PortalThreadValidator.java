package org.openmrs.module.boundaries.messaging;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** A thread needs its patient, its providers, a category and a subject that fits. */
@Handler(supports = { PortalThread.class }, order = 50)
public class PortalThreadValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return PortalThread.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PortalThread thread = (PortalThread) target;
		if (thread.getPatient() == null) {
			errors.rejectValue("patient", "boundaries.error.patient.required", "The patient is required");
		}
		if (thread.getAddressedTo() == null || thread.getProvider() == null) {
			errors.rejectValue("provider", "boundaries.error.provider.required", "Choose who the message is for");
		}
		if (thread.getCategory() == null) {
			errors.rejectValue("category", "boundaries.error.category.required", "Choose a category");
		}
		if (StringUtils.isBlank(thread.getSubject())) {
			errors.rejectValue("subject", "boundaries.error.subject.required", "Write a subject");
		} else if (thread.getSubject().length() > PortalThread.SUBJECT_MAX_LENGTH) {
			errors.rejectValue("subject", "boundaries.error.subject.tooLong",
			    new Object[] { PortalThread.SUBJECT_MAX_LENGTH },
			    "The subject is longer than " + PortalThread.SUBJECT_MAX_LENGTH + " characters");
		}
	}
}
