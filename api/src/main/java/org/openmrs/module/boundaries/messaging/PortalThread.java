package org.openmrs.module.boundaries.messaging;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;

/**
 * A conversation between a patient and the provider it is assigned to. Besides what the patient chose (subject,
 * category, the provider addressed), the thread keeps the running state the inbox filters on, so that listing and
 * counting never reads the messages: the last sequence number, the last patient and staff message, how far each side
 * has read, and since when a reply has been awaited and by when it is due.
 */
@Entity
@Table(name = "boundaries_thread")
public class PortalThread extends BaseOpenmrsData {

	private static final long serialVersionUID = 1L;

	public static final int SUBJECT_MAX_LENGTH = 255;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_thread_id")
	private Integer threadId;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "patient_id", nullable = false, updatable = false)
	private Patient patient;

	/** The provider the thread is assigned to: who answers it. */
	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "provider_id", nullable = false)
	private Provider provider;

	/** The provider the patient chose, before any routing (restriction, transfer, cover). */
	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "addressed_to", nullable = false, updatable = false)
	private Provider addressedTo;

	@Enumerated(EnumType.STRING)
	@Column(name = "category", nullable = false, length = 32, updatable = false)
	private ThreadCategory category;

	@Column(name = "subject", nullable = false, length = SUBJECT_MAX_LENGTH, updatable = false)
	private String subject;

	@Column(name = "closed", nullable = false)
	private boolean closed;

	@Column(name = "date_closed")
	private Date dateClosed;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "closed_by")
	private User closedBy;

	/** The sequence number of the thread's last message (all kinds). */
	@Column(name = "message_count", nullable = false)
	private int messageCount;

	@Column(name = "last_message_at", nullable = false)
	private Date lastMessageAt;

	@Column(name = "last_patient_sequence", nullable = false)
	private int lastPatientSequence;

	@Column(name = "last_staff_sequence", nullable = false)
	private int lastStaffSequence;

	/** The patient has read every message up to this sequence number. */
	@Column(name = "patient_read_sequence", nullable = false)
	private int patientReadSequence;

	/** Staff have read every message up to this sequence number. */
	@Column(name = "staff_read_sequence", nullable = false)
	private int staffReadSequence;

	@Column(name = "awaiting_reply_since")
	private Date awaitingReplySince;

	@Column(name = "reply_due_by")
	private Date replyDueBy;

	@Column(name = "overdue_alerted", nullable = false)
	private boolean overdueAlerted;

	@Column(name = "flagged", nullable = false)
	private boolean flagged;

	protected PortalThread() {
	}

	public PortalThread(Patient patient, Provider addressedTo, Provider provider, ThreadCategory category,
	    String subject) {
		this.patient = patient;
		this.addressedTo = addressedTo;
		this.provider = provider;
		this.category = category;
		this.subject = subject;
	}

	/**
	 * Adds a message at the end of the thread and moves the thread's state on. Callers hold the thread's row lock, so
	 * sequence numbers are gap-free and in sending order.
	 */
	public void append(PortalMessage message, Date sentAt) {
		messageCount++;
		message.placeIn(this, messageCount);
		lastMessageAt = sentAt;
		switch (message.getSenderRole()) {
			case PATIENT:
				lastPatientSequence = messageCount;
				patientReadSequence = messageCount;
				break;
			case STAFF:
				lastStaffSequence = messageCount;
				staffReadSequence = messageCount;
				awaitingReplySince = null;
				replyDueBy = null;
				overdueAlerted = false;
				break;
			case AUTOMATIC:
				// the patient is shown the acknowledgement as they send
				patientReadSequence = messageCount;
				break;
			default:
				break;
		}
	}

	/** Starts waiting for a reply, unless the thread already is. */
	public void startAwaitingReply(Date since, Date dueBy) {
		if (awaitingReplySince != null) {
			return;
		}
		awaitingReplySince = since;
		replyDueBy = dueBy;
		overdueAlerted = false;
	}

	public void assignTo(Provider newProvider, Date newReplyDueBy) {
		provider = newProvider;
		if (awaitingReplySince != null) {
			replyDueBy = newReplyDueBy;
			overdueAlerted = false;
		}
	}

	public void close(User by, Date when) {
		closed = true;
		closedBy = by;
		dateClosed = when;
	}

	public void reopen() {
		closed = false;
		closedBy = null;
		dateClosed = null;
	}

	/** Records that the patient has read everything so far; false when there was nothing new. */
	public boolean markReadByPatient() {
		if (patientReadSequence >= messageCount) {
			return false;
		}
		patientReadSequence = messageCount;
		return true;
	}

	/** Records that staff have read everything so far; false when there was nothing new. */
	public boolean markReadByStaff() {
		if (staffReadSequence >= messageCount) {
			return false;
		}
		staffReadSequence = messageCount;
		return true;
	}

	public boolean isUnreadByPatient() {
		return lastStaffSequence > patientReadSequence;
	}

	public boolean isUnreadByStaff() {
		return lastPatientSequence > staffReadSequence;
	}

	public boolean isAwaitingReply() {
		return awaitingReplySince != null;
	}

	public boolean isOverdue(Date now) {
		return !closed && replyDueBy != null && replyDueBy.before(now);
	}

	/** Whether the other side has read a message (for read receipts shown beside it). */
	public boolean isReadByRecipient(PortalMessage message) {
		if (message.getSenderRole() == SenderRole.PATIENT) {
			return staffReadSequence >= message.getSequence();
		}
		if (message.getSenderRole() == SenderRole.STAFF) {
			return patientReadSequence >= message.getSequence();
		}
		return false;
	}

	public void flag() {
		flagged = true;
	}

	public void markOverdueAlerted() {
		overdueAlerted = true;
	}

	@Override
	public Integer getId() {
		return threadId;
	}

	@Override
	public void setId(Integer id) {
		this.threadId = id;
	}

	public Patient getPatient() {
		return patient;
	}

	public Provider getProvider() {
		return provider;
	}

	public Provider getAddressedTo() {
		return addressedTo;
	}

	public ThreadCategory getCategory() {
		return category;
	}

	public String getSubject() {
		return subject;
	}

	public boolean isClosed() {
		return closed;
	}

	public Date getDateClosed() {
		return dateClosed;
	}

	public User getClosedBy() {
		return closedBy;
	}

	public int getMessageCount() {
		return messageCount;
	}

	public Date getLastMessageAt() {
		return lastMessageAt;
	}

	public int getLastPatientSequence() {
		return lastPatientSequence;
	}

	public int getLastStaffSequence() {
		return lastStaffSequence;
	}

	public int getPatientReadSequence() {
		return patientReadSequence;
	}

	public int getStaffReadSequence() {
		return staffReadSequence;
	}

	public Date getAwaitingReplySince() {
		return awaitingReplySince;
	}

	public Date getReplyDueBy() {
		return replyDueBy;
	}

	public boolean isOverdueAlerted() {
		return overdueAlerted;
	}

	public boolean isFlagged() {
		return flagged;
	}
}
