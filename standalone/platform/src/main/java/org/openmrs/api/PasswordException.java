package org.openmrs.api;

/**
 * Stand-in for {@code org.openmrs.api.PasswordException}: a password does not meet the password rules. The
 * message is a message key (or an already translated message).
 */
public class PasswordException extends APIException {

	private static final long serialVersionUID = 31620091001L;

	public PasswordException() {
		super();
	}

	public PasswordException(String message, Throwable cause) {
		super(message, null, cause);
	}

	public PasswordException(String message) {
		super(message, (Object[]) null);
	}

	public PasswordException(Throwable cause) {
		super(cause);
	}
}
