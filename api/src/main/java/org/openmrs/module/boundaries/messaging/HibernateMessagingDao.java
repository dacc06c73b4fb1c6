package org.openmrs.module.boundaries.messaging;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.hibernate.Hibernate;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.Query;
import org.openmrs.Changeable;
import org.openmrs.OpenmrsObject;
import org.openmrs.Patient;
import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.api.db.hibernate.DbSession;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.module.boundaries.api.CommittedVoid;
import org.openmrs.module.boundaries.api.Fetching;
import org.openmrs.module.boundaries.api.Paging;

/**
 * HQL for portal messaging. A list costs a fixed number of statements whatever its size: the rows with their
 * providers, then the people shown on them (patients' and providers' persons with their names, in one statement; the
 * users with their person, names and roles, in one more: see {@link Fetching}).
 */
public class HibernateMessagingDao implements MessagingDao {

	private static final String THREAD_WITH_PROVIDERS = "select t from PortalThread t join fetch t.provider"
	        + " join fetch t.addressedTo ";

	private static final String ACTIVE = ".voided = false and %1$s.startDate <= :now"
	        + " and (%1$s.endDate is null or %1$s.endDate > :now)";

	private static final String NOT_ENDED = ".voided = false and (%1$s.endDate is null or %1$s.endDate > :now)";

	private final DbSessionFactory sessionFactory;

	public HibernateMessagingDao(DbSessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	private DbSession session() {
		return sessionFactory.getCurrentSession();
	}

	@Override
	public <T extends OpenmrsObject> T save(T object) {
		if (object.getId() != null && object instanceof Changeable) {
			// what the platform's audit interceptor sets at flush, set here as the signed-in user itself: the
			// interceptor then finds it equal at once, instead of comparing with the previous changer, which loads
			// that user with its whole eager graph (person, names, addresses, attributes, roles, creator: 6-8 statements)
			((Changeable) object).setChangedBy(Context.getAuthenticatedUser());
		}
		session().saveOrUpdate(object);
		return object;
	}

	@Override
	public void lockForUpdate(PortalThread thread) {
		// write what this transaction changed first: the refresh reads the row back, now locked
		session().flush();
		session().refresh(thread, new LockOptions(LockMode.PESSIMISTIC_WRITE));
	}

	@Override
	public Optional<PortalThread> getThreadByUuidForUpdate(String uuid) {
		// the thread's row alone: locking a join would lock its providers' rows too on MariaDB, which has no FOR UPDATE OF
		Integer id = (Integer) session().createQuery("select t.id from PortalThread t where t.uuid = :uuid")
		        .setParameter("uuid", uuid).setLockOptions(new LockOptions(LockMode.PESSIMISTIC_WRITE)).uniqueResult();
		if (id == null) {
			return Optional.empty();
		}
		PortalThread thread = (PortalThread) session().load(PortalThread.class, id);
		if (Hibernate.isInitialized(thread)) {
			// read earlier in this session, maybe before another writer's commit: read it again, now that it is locked,
			// as a locking read too: a plain one would answer from this transaction's snapshot, maybe as old as that read
			session().refresh(thread, new LockOptions(LockMode.PESSIMISTIC_WRITE));
		} else {
			session().createQuery(THREAD_WITH_PROVIDERS + "where t.id = :id").setParameter("id", id).uniqueResult();
		}
		withPeople(Collections.singletonList(thread));
		return Optional.of(thread);
	}

	@Override
	public boolean isVoidedLocking(PortalMessage message) {
		return CommittedVoid.isVoided(session(), message);
	}

	@Override
	public Optional<PortalThread> getThreadByUuid(String uuid) {
		Optional<PortalThread> thread = unique(session().createQuery(THREAD_WITH_PROVIDERS + "where t.uuid = :uuid")
		        .setParameter("uuid", uuid));
		thread.ifPresent(t -> withPeople(Collections.singletonList(t)));
		return thread;
	}

	@Override
	public Optional<PortalMessage> getMessageByUuid(String uuid) {
		return unique(session().createQuery("select m from PortalMessage m join fetch m.thread where m.uuid = :uuid")
		        .setParameter("uuid", uuid));
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<PortalMessage> getMessages(PortalThread thread, boolean includeStaffNotes) {
		Query query = session().createQuery("select m from PortalMessage m where m.thread = :thread"
		        + (includeStaffNotes ? "" : " and m.senderRole <> :note") + " order by m.sequence");
		query.setParameter("thread", thread);
		if (!includeStaffNotes) {
			query.setParameter("note", SenderRole.STAFF_NOTE);
		}
		List<PortalMessage> messages = query.list();
		Fetching.users(sessionFactory, Fetching.usersOf(messages, PortalMessage::getCreator, PortalMessage::getVoidedBy));
		return messages;
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<ReadReceipt> getReadReceipts(PortalThread thread) {
		List<ReadReceipt> receipts = session().createQuery("select r from ReadReceipt r where r.thread = :thread"
		        + " order by r.dateRead, r.id").setParameter("thread", thread).list();
		Fetching.users(sessionFactory, Fetching.usersOf(receipts, ReadReceipt::getReader));
		return receipts;
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<PortalThread> getInbox(Collection<Provider> providers, InboxFilter filter, Date now, Paging paging) {
		String condition;
		String order;
		switch (filter) {
			case UNREAD:
				condition = "t.closed = false and t.lastPatientSequence > t.staffReadSequence";
				order = "t.lastMessageAt desc";
				break;
			case AWAITING_REPLY:
				condition = "t.closed = false and t.awaitingReplySince is not null";
				order = "t.awaitingReplySince";
				break;
			case OVERDUE:
				condition = "t.closed = false and t.replyDueBy < :now";
				order = "t.replyDueBy";
				break;
			case CLOSED:
				condition = "t.closed = true";
				order = "t.dateClosed desc";
				break;
			default:
				condition = "t.closed = false";
				order = "t.lastMessageAt desc";
				break;
		}
		Query query = session().createQuery(THREAD_WITH_PROVIDERS + "where t.provider in (:providers)"
		        + " and t.voided = false and " + condition + " order by " + order + ", t.id desc");
		query.setParameterList("providers", providers);
		if (filter == InboxFilter.OVERDUE) {
			query.setParameter("now", now);
		}
		return withPeople(page(query, paging).list());
	}

	@Override
	public InboxSummary countInbox(Collection<Provider> providers, Date now) {
		Object[] row = (Object[]) session().createQuery("select"
		        + " sum(case when t.closed = false then 1 else 0 end),"
		        + " sum(case when t.closed = false and t.lastPatientSequence > t.staffReadSequence then 1 else 0 end),"
		        + " sum(case when t.closed = false and t.awaitingReplySince is not null then 1 else 0 end),"
		        + " sum(case when t.closed = false and t.replyDueBy < :now then 1 else 0 end),"
		        + " sum(case when t.closed = true then 1 else 0 end)"
		        + " from PortalThread t where t.provider in (:providers) and t.voided = false")
		        .setParameterList("providers", providers).setParameter("now", now).uniqueResult();
		return new InboxSummary(count(row[0]), count(row[1]), count(row[2]), count(row[3]), count(row[4]));
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<PortalThread> getThreadsOfPatient(Patient patient, boolean unreadByPatientFirst, Paging paging) {
		String order = unreadByPatientFirst
		        ? "case when t.lastStaffSequence > t.patientReadSequence then 0 else 1 end, t.lastMessageAt desc"
		        : "t.lastMessageAt desc";
		return withPeople(page(session().createQuery(THREAD_WITH_PROVIDERS + "where t.patient = :patient"
		        + " and t.voided = false order by " + order + ", t.id desc").setParameter("patient", patient), paging)
		                .list());
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<PortalThread> getOpenThreads(Patient patient, Provider provider) {
		return session().createQuery("select t from PortalThread t where t.patient = :patient and t.provider = :provider"
		        + " and t.closed = false and t.voided = false order by t.id").setParameter("patient", patient)
		        .setParameter("provider", provider).list();
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<PortalThread> getOverdueThreadsToAlert(Date now, int max) {
		return session().createQuery("select t from PortalThread t join fetch t.provider pr left join fetch pr.person"
		        + " where t.closed = false and t.voided = false and t.overdueAlerted = false and t.replyDueBy < :now"
		        + " order by t.replyDueBy").setParameter("now", now).setMaxResults(max).list();
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<Provider> getProvidersCoveredBy(Provider coveringProvider, Date now) {
		return session().createQuery("select c.provider from Coverage c where c.coveringProvider = :covering and c"
		        + String.format(ACTIVE, "c")).setParameter("covering", coveringProvider).setParameter("now", now).list();
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<Coverage> getActiveCoverages(Date now) {
		return session().createQuery("select c from Coverage c join fetch c.provider join fetch c.coveringProvider cp"
		        + " left join fetch cp.person where c" + String.format(ACTIVE, "c") + " order by c.startDate desc")
		        .setParameter("now", now).list();
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<MessagingRestriction> getActiveRestrictions(Patient patient, Date now) {
		return session().createQuery("select r from MessagingRestriction r join fetch r.provider join fetch r.routeTo rt"
		        + " left join fetch rt.person where r.patient = :patient and r" + String.format(ACTIVE, "r")
		        + " order by r.startDate desc").setParameter("patient", patient).setParameter("now", now).list();
	}

	@Override
	public Optional<Coverage> getCoverageByUuid(String uuid) {
		return unique(session().createQuery("select c from Coverage c join fetch c.provider p left join fetch p.person"
		        + " join fetch c.coveringProvider cp left join fetch cp.person where c.uuid = :uuid")
		        .setParameter("uuid", uuid));
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<Coverage> getCoverages(Provider provider, boolean includeEnded, Date now, Paging paging) {
		Query query = session().createQuery("select c from Coverage c join fetch c.provider p left join fetch p.person"
		        + " join fetch c.coveringProvider cp left join fetch cp.person where (c.provider = :provider"
		        + " or c.coveringProvider = :provider)"
		        + (includeEnded ? " and c.voided = false" : " and c" + String.format(NOT_ENDED, "c"))
		        + " order by c.startDate desc, c.id desc").setParameter("provider", provider);
		if (!includeEnded) {
			query.setParameter("now", now);
		}
		return page(query, paging).list();
	}

	@Override
	public Optional<MessagingRestriction> getRestrictionByUuid(String uuid) {
		return unique(session().createQuery("select r from MessagingRestriction r join fetch r.patient"
		        + " join fetch r.provider p left join fetch p.person join fetch r.routeTo rt left join fetch rt.person"
		        + " where r.uuid = :uuid").setParameter("uuid", uuid));
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<MessagingRestriction> getRestrictions(Patient patient, Provider provider, boolean includeEnded, Date now,
	        Paging paging) {
		StringBuilder hql = new StringBuilder("select r from MessagingRestriction r join fetch r.patient"
		        + " join fetch r.provider p left join fetch p.person join fetch r.routeTo rt left join fetch rt.person"
		        + " where r.voided = false");
		if (patient != null) {
			hql.append(" and r.patient = :patient");
		}
		if (provider != null) {
			hql.append(" and (r.provider = :provider or r.routeTo = :provider)");
		}
		if (!includeEnded) {
			hql.append(" and (r.endDate is null or r.endDate > :now)");
		}
		hql.append(" order by r.startDate desc, r.id desc");
		Query query = session().createQuery(hql.toString());
		if (patient != null) {
			query.setParameter("patient", patient);
		}
		if (provider != null) {
			query.setParameter("provider", provider);
		}
		if (!includeEnded) {
			query.setParameter("now", now);
		}
		return page(query, paging).list();
	}

	/** The people a list of threads shows: patients, providers (by their persons) and who closed each thread. */
	private List<PortalThread> withPeople(List<PortalThread> threads) {
		List<Person> persons = new ArrayList<>();
		for (PortalThread thread : threads) {
			persons.add(thread.getPatient());
			persons.add(thread.getProvider().getPerson());
			persons.add(thread.getAddressedTo().getPerson());
		}
		Fetching.persons(sessionFactory, persons);
		Fetching.users(sessionFactory, Fetching.usersOf(threads, PortalThread::getClosedBy));
		return threads;
	}

	private static Query page(Query query, Paging paging) {
		return query.setFirstResult(paging.getStartIndex()).setMaxResults(paging.getFetchSize());
	}

	@SuppressWarnings("unchecked")
	private static <T> Optional<T> unique(Query query) {
		return Optional.ofNullable((T) query.uniqueResult());
	}

	private static long count(Object value) {
		return value == null ? 0 : ((Number) value).longValue();
	}
}
