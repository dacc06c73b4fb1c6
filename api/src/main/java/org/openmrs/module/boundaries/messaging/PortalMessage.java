package org.openmrs.module.boundaries.messaging;

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
import javax.persistence.UniqueConstraint;

import org.openmrs.BaseOpenmrsData;

/**
 * One message of a thread: part of the patient record, so its body can never change once sent (the column is not
 * updatable and there is no setter). A message sent in error is voided with a reason and stays in the record. The
 * sender is the message's creator; the send time its date created.
 */
@Entity
@Table(name = "boundaries_message", uniqueConstraints = @UniqueConstraint(name = "boundaries_message_thread_sequence",
    columnNames = { "thread_id", "sequence" }))
public class PortalMessage extends BaseOpenmrsData {

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_message_id")
	private Integer messageId;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "thread_id", nullable = false, updatable = false)
	private PortalThread thread;

	/** Position in the thread, from 1, gap-free: the order in which messages were sent. */
	@Column(name = "sequence", nullable = false, updatable = false)
	private int sequence;

	@Enumerated(EnumType.STRING)
	@Column(name = "sender_role", nullable = false, length = 16, updatable = false)
	private SenderRole senderRole;

	@Column(name = "body", nullable = false, length = 4000, updatable = false)
	private String body;

	@Column(name = "flagged", nullable = false)
	private boolean flagged;

	protected PortalMessage() {
	}

	public PortalMessage(SenderRole senderRole, String body) {
		this.senderRole = senderRole;
		this.body = body;
	}

	void placeIn(PortalThread thread, int sequence) {
		this.thread = thread;
		this.sequence = sequence;
	}

	public boolean isVisibleToPatient() {
		return senderRole.isVisibleToPatient();
	}

	public void flag() {
		flagged = true;
	}

	@Override
	public Integer getId() {
		return messageId;
	}

	@Override
	public void setId(Integer id) {
		this.messageId = id;
	}

	public PortalThread getThread() {
		return thread;
	}

	public int getSequence() {
		return sequence;
	}

	public SenderRole getSenderRole() {
		return senderRole;
	}

	public String getBody() {
		return body;
	}

	public boolean isFlagged() {
		return flagged;
	}
}
