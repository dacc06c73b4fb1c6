package org.openmrs.notification;

import org.openmrs.api.APIException;

/** Stand-in for {@code org.openmrs.notification.MessageException}. */
public class MessageException extends APIException {

	private static final long serialVersionUID = 5617268021053024024L;

	public MessageException() {
	}

	public MessageException(String message) {
		super(message);
	}

	public MessageException(String message, Throwable cause) {
		super(message, cause);
	}

	public MessageException(Throwable cause) {
		super(cause);
	}
}
