package org.openmrs.api;

/**
 * Stand-in for {@code org.openmrs.api.ShortPasswordException}.
 */
public class ShortPasswordException extends PasswordException {

	private static final long serialVersionUID = 1L;

	public ShortPasswordException() {
		super("error.password.short");
	}

	public ShortPasswordException(String message) {
		super(message);
	}
}
