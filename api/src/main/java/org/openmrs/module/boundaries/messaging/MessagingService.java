package org.openmrs.module.boundaries.messaging;

import java.util.List;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.annotation.Authorized;
import org.openmrs.api.OpenmrsService;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;

/**
 * Portal messaging between patients and the clinicians who answer them. A portal patient ({@code Boundaries: Use
 * Portal}) reaches only threads whose patient is their own person, never staff notes or flags; staff ({@code
 * Boundaries: Manage Portal Messages}) reach every thread. Methods that take a thread or message check the row: a
 * patient asking for someone else's gets the same "not found" as for a uuid that does not exist.
 */
public interface MessagingService extends OpenmrsService {

	/** The largest message body a person may send, in characters. */
	@Authorized
	int getMessageMaxLength();

	/** Who the signed-in patient may write to, each with where a new thread for them would go. */
	@Authorized(BoundariesConstants.PRIV_USE_PORTAL)
	List<Recipient> getRecipients();

	/**
	 * One provider the signed-in patient may write to, with the boundaries of whoever will answer and whether the patient
	 * must acknowledge them first.
	 *
	 * @throws org.openmrs.module.boundaries.api.ObjectNotFoundException when the patient may not write to the provider
	 */
	@Authorized(BoundariesConstants.PRIV_USE_PORTAL)
	Recipient getRecipient(Provider provider);

	/**
	 * The signed-in patient starts a thread to a provider they may message. The thread goes where routing sends it, and
	 * the patient gets the automatic acknowledgement as the thread's second message.
	 *
	 * @throws org.openmrs.module.boundaries.api.ConflictException when the patient has not acknowledged the current
	 *             boundaries of the provider who will answer
	 */
	@Authorized(BoundariesConstants.PRIV_USE_PORTAL)
	PortalThread startThread(Provider addressedTo, ThreadCategory category, String subject, String body);

	/** The signed-in patient's threads, those with unread replies first. */
	@Authorized(BoundariesConstants.PRIV_USE_PORTAL)
	Page<PortalThread> getMyThreads(Paging paging);

	@Authorized({ BoundariesConstants.PRIV_USE_PORTAL, BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES })
	PortalThread getThreadByUuid(String uuid);

	/** The thread's messages in order; for a patient without staff notes. */
	@Authorized({ BoundariesConstants.PRIV_USE_PORTAL, BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES })
	List<PortalMessage> getMessages(PortalThread thread);

	/**
	 * The thread with its messages as {@link #getMessages} gives them and the longest reply the caller may send: the
	 * thread view's reads in one transaction, where a call for each would open and commit one each.
	 */
	@Authorized({ BoundariesConstants.PRIV_USE_PORTAL, BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES })
	ThreadView getThreadView(String uuid);

	/**
	 * Adds a reply, from the patient or from staff, at the end of the thread. A patient's reply that starts a new wait
	 * is acknowledged automatically like a new thread; staff replies tell the patient by email when notices are on
	 * ({@value org.openmrs.module.boundaries.BoundariesConstants#GP_EMAIL_NOTICES}).
	 *
	 * The thread is named by its uuid and locked by the first read of it, so that a reply reads it once.
	 *
	 * @return the message, in its thread ({@link PortalMessage#getThread()})
	 * @throws org.openmrs.module.boundaries.api.ObjectNotFoundException when there is no such thread (or it is voided)
	 * @throws org.openmrs.module.boundaries.api.ConflictException when the thread is closed
	 */
	@Authorized({ BoundariesConstants.PRIV_USE_PORTAL, BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES })
	PortalMessage sendMessage(String threadUuid, String body);

	/** Records that the signed-in side has read the thread so far (a read receipt when there was something new). */
	@Authorized({ BoundariesConstants.PRIV_USE_PORTAL, BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES })
	PortalThread markThreadRead(PortalThread thread);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	PortalMessage getMessageByUuid(PortalThread thread, String uuid);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	List<ReadReceipt> getReadReceipts(PortalThread thread);

	/** The signed-in clinician's inbox: threads assigned to them or to providers they cover now. */
	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	Page<PortalThread> getInbox(InboxFilter filter, Paging paging);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	InboxSummary getInboxSummary();

	/** A patient's threads for their chart, most recent first. */
	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	Page<PortalThread> getThreadsOfPatient(Patient patient, Paging paging);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	PortalThread closeThread(PortalThread thread);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	PortalThread reopenThread(PortalThread thread);

	/** Gives the thread to a colleague, leaving a staff note with the reason in the thread's record. */
	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	PortalThread assignThread(PortalThread thread, Provider provider, String note);

	/**
	 * Flags the thread, or one of its messages, as a boundary concern: the patient's contact log gets an entry linked to
	 * it. Patients never see flags.
	 */
	@Authorized(value = { BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES,
	        BoundariesConstants.PRIV_ADD_CONTACT_LOG }, requireAll = true)
	PortalThread flagConcern(PortalThread thread, PortalMessage message, ConcernReport report);

	/** Voids a message sent in error; it stays in the record, marked voided, with the reason. */
	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	PortalMessage voidPortalMessage(PortalMessage message, String reason);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	Coverage saveCoverage(Coverage coverage);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	Coverage endCoverage(Coverage coverage);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	Coverage getCoverageByUuid(String uuid);

	/** Coverages the provider is away under or covers, current and future (and past ones when asked). */
	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	Page<Coverage> getCoverages(Provider provider, boolean includeEnded, Paging paging);

	/** Restricts a patient from messaging the provider personally; the restriction is written to the contact log. */
	@Authorized(value = { BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES,
	        BoundariesConstants.PRIV_ADD_CONTACT_LOG }, requireAll = true)
	MessagingRestriction saveMessagingRestriction(MessagingRestriction restriction);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	MessagingRestriction endMessagingRestriction(MessagingRestriction restriction);

	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	MessagingRestriction getMessagingRestrictionByUuid(String uuid);

	/** Restrictions by patient and/or provider (either side); current and future, and ended ones when asked. */
	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	Page<MessagingRestriction> getMessagingRestrictions(Patient patient, Provider provider, boolean includeEnded,
	        Paging paging);

	/**
	 * A transfer of care: the patient's open threads with one provider move to the other, and the patient's future
	 * threads for the first provider go to the second.
	 */
	@Authorized(BoundariesConstants.PRIV_ADD_CONTACT_LOG)
	void transferPatientMessaging(Patient patient, Provider fromProvider, Provider toProvider, String reason);

	/** Alerts the providers of threads that have just gone past their reply time; returns how many threads. */
	@Authorized(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
	int alertOverdueThreads();
}
