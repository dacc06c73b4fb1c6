package org.openmrs.module.standalonetest;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.annotation.Handler;
import org.openmrs.validator.ValidateUtil;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A module-style validator, found by the platform through its {@code @Handler}.
 */
@Handler(supports = { Note.class }, order = 50)
public class NoteValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return Note.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		Note note = (Note) target;
		if (StringUtils.isBlank(note.getText())) {
			errors.rejectValue("text", "standalonetest.error.text.blank", "A note needs text");
		}
		ValidateUtil.validateFieldLengths(errors, Note.class, "text");
	}
}
