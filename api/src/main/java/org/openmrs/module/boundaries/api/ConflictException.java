package org.openmrs.module.boundaries.api;

import org.openmrs.api.APIException;

/** The request is well formed but the object's state forbids it (e.g. replying to a closed thread). REST: 409. */
public class ConflictException extends APIException {

	private static final long serialVersionUID = 1L;

	public ConflictException(String message) {
		super(message);
	}
}
