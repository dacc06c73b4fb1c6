package org.openmrs.api;

import org.springframework.validation.Errors;

/**
 * Stand-in for {@code org.openmrs.api.ValidationException}: an object failed validation; carries the
 * {@link Errors} when raised by {@code ValidateUtil}.
 */
public class ValidationException extends APIException {

	public static final long serialVersionUID = 1L;

	private Errors errors;

	public ValidationException() {
	}

	public ValidationException(String message) {
		super(message);
	}

	public ValidationException(String message, Throwable cause) {
		super(message, cause);
	}

	public ValidationException(Throwable cause) {
		super(cause);
	}

	public ValidationException(Errors errors) {
		this.errors = errors;
	}

	public ValidationException(String message, Errors errors) {
		super(message);
		this.errors = errors;
	}

	public Errors getErrors() {
		return errors;
	}

	public void setErrors(Errors errors) {
		this.errors = errors;
	}
}
