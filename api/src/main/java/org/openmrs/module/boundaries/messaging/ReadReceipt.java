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

import org.openmrs.BaseOpenmrsObject;
import org.openmrs.User;

/** Who read a thread, when, and up to which message: the audit behind "read" marks. Written once, never changed. */
@Entity
@Table(name = "boundaries_read_receipt")
public class ReadReceipt extends BaseOpenmrsObject {

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_read_receipt_id")
	private Integer readReceiptId;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "thread_id", nullable = false, updatable = false)
	private PortalThread thread;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "reader", nullable = false, updatable = false)
	private User reader;

	@Enumerated(EnumType.STRING)
	@Column(name = "reader_role", nullable = false, length = 16, updatable = false)
	private SenderRole readerRole;

	@Column(name = "up_to_sequence", nullable = false, updatable = false)
	private int upToSequence;

	@Column(name = "date_read", nullable = false, updatable = false)
	private Date dateRead;

	protected ReadReceipt() {
	}

	public ReadReceipt(PortalThread thread, User reader, SenderRole readerRole, Date dateRead) {
		this.thread = thread;
		this.reader = reader;
		this.readerRole = readerRole;
		this.upToSequence = thread.getMessageCount();
		this.dateRead = dateRead;
	}

	@Override
	public Integer getId() {
		return readReceiptId;
	}

	@Override
	public void setId(Integer id) {
		this.readReceiptId = id;
	}

	public PortalThread getThread() {
		return thread;
	}

	public User getReader() {
		return reader;
	}

	public SenderRole getReaderRole() {
		return readerRole;
	}

	public int getUpToSequence() {
		return upToSequence;
	}

	public Date getDateRead() {
		return dateRead;
	}
}
