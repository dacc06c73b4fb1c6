package org.openmrs.validator;

import java.util.LinkedHashSet;
import java.util.Set;

import org.hibernate.Hibernate;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.springframework.validation.BindException;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * Stand-in for {@code org.openmrs.validator.ValidateUtil}: runs the column-length check and every
 * {@code @Handler} validator registered for the object's class, and raises {@link ValidationException}.
 */
public class ValidateUtil {

	private static Boolean disableValidation = false;

	private static final ThreadLocal<Boolean> disableValidationForThread = new ThreadLocal<>();

	private ValidateUtil() {
	}

	/**
	 * @throws ValidationException with the {@link Errors} and a message listing them, when invalid
	 */
	public static void validate(Object obj) throws ValidationException {
		if (disableValidation || isValidationDisabledForThread()) {
			return;
		}
		obj = Hibernate.unproxy(obj);
		Errors errors = new BindException(obj, "");
		Context.getAdministrationService().validate(obj, errors);
		if (errors.hasErrors()) {
			Set<String> uniqueErrorMessages = new LinkedHashSet<>();
			for (ObjectError error : errors.getAllErrors()) {
				String message = Context.getMessageSourceService().getMessage(error.getCode(), error.getArguments(),
				    Context.getLocale());
				if (error instanceof FieldError) {
					message = ((FieldError) error).getField() + ": " + message;
				}
				uniqueErrorMessages.add(message);
			}
			throw new ValidationException("'" + obj + "' failed to validate with reason: "
			        + String.join(", ", uniqueErrorMessages), errors);
		}
	}

	/**
	 * Validates into the given errors without throwing.
	 */
	public static void validate(Object obj, Errors errors) {
		if (disableValidation) {
			return;
		}
		Context.getAdministrationService().validate(Hibernate.unproxy(obj), errors);
	}

	/**
	 * Rejects each named String field longer than its mapped column, with code
	 * {@code error.exceededMaxLengthOfField}.
	 */
	@SuppressWarnings("unchecked")
	public static void validateFieldLengths(Errors errors, Class<?> aClass, String... fields) {
		if (disableValidation) {
			return;
		}
		if (errors == null) {
			throw new IllegalArgumentException("Errors object must not be null");
		}
		for (String field : fields) {
			Object value = errors.getFieldValue(field);
			if (!(value instanceof String)) {
				continue;
			}
			int length = Context.getAdministrationService().getMaximumPropertyLength(
			    (Class<? extends org.openmrs.OpenmrsObject>) aClass, field);
			if (length == -1) {
				return;
			}
			if (((String) value).length() > length) {
				errors.rejectValue(field, "error.exceededMaxLengthOfField", new Object[] { length }, null);
			}
		}
	}

	public static Boolean getDisableValidation() {
		return disableValidation;
	}

	public static void setDisableValidation(Boolean disableValidation) {
		ValidateUtil.disableValidation = disableValidation;
	}

	public static boolean isValidationDisabledForThread() {
		return disableValidationForThread.get() == Boolean.TRUE;
	}

	public static void disableValidationForThread() {
		disableValidationForThread.set(Boolean.TRUE);
	}

	public static void resumeValidationForThread() {
		disableValidationForThread.remove();
	}
}
