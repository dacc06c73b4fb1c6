package org.openmrs.notification;

/** Stand-in for {@code org.openmrs.notification.MessageSender}: delivers a message (by mail in the real platform). */
public interface MessageSender {

	void send(Message message) throws MessageException;
}
