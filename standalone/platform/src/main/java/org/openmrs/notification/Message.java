package org.openmrs.notification;

import java.io.Serializable;
import java.util.Date;

/** Stand-in for {@code org.openmrs.notification.Message}: an email-like message for the message service. */
public class Message implements Serializable {

	private static final long serialVersionUID = -5392076713513109152L;

	private Integer id;

	private String recipients;

	private String sender;

	private String subject;

	private String content;

	private String contentType;

	private Date sentDate;

	public Message() {
	}

	public Message(Integer id, String recipients, String sender, String subject, String content) {
		this.id = id;
		this.recipients = recipients;
		this.sender = sender;
		this.subject = subject;
		this.content = content;
	}

	public Integer getId() {
		return id;
	}

	public void setId(Integer id) {
		this.id = id;
	}

	public String getRecipients() {
		return recipients;
	}

	public void setRecipients(String recipients) {
		this.recipients = recipients;
	}

	/** Adds a recipient to the comma-separated list. */
	public void addRecipient(String recipient) {
		this.recipients = recipients == null ? recipient : recipients + "," + recipient;
	}

	public String getSender() {
		return sender;
	}

	public void setSender(String sender) {
		this.sender = sender;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getContent() {
		return content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public String getContentType() {
		return contentType;
	}

	public void setContentType(String contentType) {
		this.contentType = contentType;
	}

	public Date getSentDate() {
		return sentDate;
	}

	public void setSentDate(Date sentDate) {
		this.sentDate = sentDate;
	}
}
