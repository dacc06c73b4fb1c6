package org.openmrs.api.context;

/**
 * Stand-in for {@code org.openmrs.api.context.ContextAuthenticationException}: authentication failed.
 */
public class ContextAuthenticationException extends org.openmrs.api.APIException {

	private static final long serialVersionUID = 1L;

	public ContextAuthenticationException() {
		super();
	}

	public ContextAuthenticationException(String message) {
		super(message);
	}

	public ContextAuthenticationException(String message, Throwable cause) {
		super(message, cause);
	}

	public ContextAuthenticationException(Throwable cause) {
		super(cause);
	}
}
