package org.openmrs.messagesource;

import org.springframework.context.MessageSource;

/**
 * Stand-in for {@code org.openmrs.messagesource.MessageSourceService}: the platform's message source (a
 * {@link MessageSource}), in the user's locale by default.
 */
public interface MessageSourceService extends MessageSource {

	/**
	 * @return the message for the code in the current user's locale (the code itself when unknown)
	 */
	String getMessage(String s);
}
