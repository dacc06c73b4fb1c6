package org.openmrs.api;

/**
 * Stand-in for {@code org.openmrs.api.WeakPasswordException}.
 */
public class WeakPasswordException extends PasswordException {

	private static final long serialVersionUID = 1L;

	public WeakPasswordException() {
		super("error.password.weak");
	}

	public WeakPasswordException(String message) {
		super(message);
	}
}
