package org.openmrs.module.boundaries.api;

import org.openmrs.api.APIException;

/**
 * Bad input that is not a field of one entity (a period whose end is before its start, an unknown filter). Entity
 * field problems use {@link org.openmrs.api.ValidationException} instead. REST: 400.
 */
public class InvalidRequestException extends APIException {

	private static final long serialVersionUID = 1L;

	private final String field;

	public InvalidRequestException(String message) {
		this(null, message);
	}

	public InvalidRequestException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The request field at fault, or null when the problem is the request as a whole. */
	public String getField() {
		return field;
	}
}
