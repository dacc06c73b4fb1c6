package org.openmrs.notification.impl;

import org.openmrs.notification.Message;
import org.openmrs.notification.MessageException;
import org.openmrs.notification.MessageSender;
import org.openmrs.notification.MessageService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for {@code org.openmrs.notification.impl.MessageServiceImpl}. The real platform's sender is a
 * MailMessageSender over the mail.* global properties; the stand-in has no mail transport, so until a sender is set
 * every send fails with a MessageException, as a real send does when no mail server answers.
 */
public class MessageServiceImpl implements MessageService {

	private static final Logger log = LoggerFactory.getLogger(MessageServiceImpl.class);

	private MessageSender messageSender;

	@Override
	public void setMessageSender(MessageSender messageSender) {
		this.messageSender = messageSender;
	}

	@Override
	public MessageSender getMessageSender() {
		return messageSender;
	}

	@Override
	public void sendMessage(Message message) throws MessageException {
		try {
			if (messageSender == null) {
				throw new MessageException("No mail transport is configured");
			}
			messageSender.send(message);
		}
		catch (Exception e) {
			log.error("Message could not be sent due to " + e.getMessage(), e);
			throw e instanceof MessageException ? (MessageException) e : new MessageException(e);
		}
	}

	@Override
	public void sendMessage(String recipients, String sender, String subject, String content) throws MessageException {
		sendMessage(createMessage(recipients, sender, subject, content));
	}

	@Override
	public Message createMessage(String recipients, String sender, String subject, String content) {
		Message message = new Message();
		message.setRecipients(recipients);
		message.setSender(sender);
		message.setSubject(subject);
		message.setContent(content);
		return message;
	}
}
