package org.openmrs.module.boundaries.api;

import org.openmrs.api.APIException;

/** A uuid that names nothing the caller may see. The REST layer answers 404. */
public class ObjectNotFoundException extends APIException {

	private static final long serialVersionUID = 1L;

	public ObjectNotFoundException(String message) {
		super(message);
	}

	public static ObjectNotFoundException of(String what, String uuid) {
		return new ObjectNotFoundException("No " + what + " with uuid " + uuid);
	}
}
