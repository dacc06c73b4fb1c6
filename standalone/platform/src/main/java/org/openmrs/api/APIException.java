package org.openmrs.api;

import org.openmrs.api.context.Context;

/**
 * Stand-in for {@code org.openmrs.api.APIException}: the root of the API's runtime exceptions. The
 * {@code (messageKey, parameters)} constructors translate the key through the message source.
 */
public class APIException extends RuntimeException {

	public static final long serialVersionUID = 12121212L;

	public APIException() {
	}

	public APIException(String message) {
		super(message);
	}

	public APIException(String message, Throwable cause) {
		super(message, cause);
	}

	public APIException(Throwable cause) {
		super(cause);
	}

	public APIException(String messageKey, Object[] parameters) {
		super(Context.getMessageSourceService().getMessage(messageKey, parameters, Context.getLocale()));
	}

	public APIException(String messageKey, Object[] parameters, Throwable cause) {
		super(Context.getMessageSourceService().getMessage(messageKey, parameters, Context.getLocale()), cause);
	}
}
