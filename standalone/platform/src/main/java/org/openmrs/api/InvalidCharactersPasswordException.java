package org.openmrs.api;

/**
 * Stand-in for {@code org.openmrs.api.InvalidCharactersPasswordException}.
 */
public class InvalidCharactersPasswordException extends PasswordException {

	private static final long serialVersionUID = 1L;

	public InvalidCharactersPasswordException() {
		super("error.password.weak");
	}

	public InvalidCharactersPasswordException(String message) {
		super(message);
	}
}
