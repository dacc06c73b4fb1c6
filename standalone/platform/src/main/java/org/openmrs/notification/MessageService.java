package org.openmrs.notification;

/**
 * Stand-in for {@code org.openmrs.notification.MessageService} (creating and sending messages). Like the real
 * service it is not an OpenmrsService and carries no @Authorized: whoever may reach it may send.
 */
public interface MessageService {

	void setMessageSender(MessageSender sender);

	MessageSender getMessageSender();

	void sendMessage(Message message) throws MessageException;

	void sendMessage(String recipients, String sender, String subject, String message) throws MessageException;

	Message createMessage(String recipients, String sender, String subject, String message) throws MessageException;
}
