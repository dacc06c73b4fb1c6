package org.openmrs.api;

/**
 * Stand-in for {@code org.openmrs.api.APIAuthenticationException}: the signed-in user (or nobody) lacks a privilege.
 */
public class APIAuthenticationException extends APIException {

	private static final long serialVersionUID = 1L;

	public APIAuthenticationException() {
		super();
	}

	public APIAuthenticationException(String message) {
		super(message);
	}

	public APIAuthenticationException(String message, Throwable cause) {
		super(message, cause);
	}

	public APIAuthenticationException(Throwable cause) {
		super(cause);
	}
}
