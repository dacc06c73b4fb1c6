package org.openmrs.module.boundaries.messaging;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.openmrs.OpenmrsObject;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.Paging;

/**
 * Persistence for portal messaging. Every list query fetches the people its screen shows in the same statement and
 * pages in the database; list methods return up to {@link Paging#getFetchSize()} rows.
 */
public interface MessagingDao {

	<T extends OpenmrsObject> T save(T object);

	/** Re-reads the thread and holds its row lock until the transaction ends: the one writer of a thread at a time. */
	void lockForUpdate(PortalThread thread);

	/** Whether the message is already voided in the database; its lock is held to the end of the transaction. */
	boolean isVoidedLocking(PortalMessage message);

	Optional<PortalThread> getThreadByUuid(String uuid);

	/**
	 * The thread, as {@link #getThreadByUuid}, read under its row lock, which is held until the transaction ends: the
	 * one writer of a thread at a time, reading what the last one wrote. The lock is the first statement.
	 */
	Optional<PortalThread> getThreadByUuidForUpdate(String uuid);

	Optional<PortalMessage> getMessageByUuid(String uuid);

	/** The thread's messages in order, with their senders. */
	List<PortalMessage> getMessages(PortalThread thread, boolean includeStaffNotes);

	List<ReadReceipt> getReadReceipts(PortalThread thread);

	List<PortalThread> getInbox(Collection<Provider> providers, InboxFilter filter, Date now, Paging paging);

	InboxSummary countInbox(Collection<Provider> providers, Date now);

	/** A patient's threads, most recent first; for the patient's own list, those with unread replies first. */
	List<PortalThread> getThreadsOfPatient(Patient patient, boolean unreadByPatientFirst, Paging paging);

	List<PortalThread> getOpenThreads(Patient patient, Provider provider);

	/** Open threads past their reply time whose provider has not been alerted yet, most overdue first. */
	List<PortalThread> getOverdueThreadsToAlert(Date now, int max);

	/** Providers whose coverage the given provider holds now. */
	List<Provider> getProvidersCoveredBy(Provider coveringProvider, Date now);

	/** Every coverage in force now, across the organisation (a handful: who is away today). */
	List<Coverage> getActiveCoverages(Date now);

	List<MessagingRestriction> getActiveRestrictions(Patient patient, Date now);

	Optional<Coverage> getCoverageByUuid(String uuid);

	List<Coverage> getCoverages(Provider provider, boolean includeEnded, Date now, Paging paging);

	Optional<MessagingRestriction> getRestrictionByUuid(String uuid);

	List<MessagingRestriction> getRestrictions(Patient patient, Provider provider, boolean includeEnded, Date now,
	        Paging paging);
}
