package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hibernate.Query;
import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.module.boundaries.api.Paging;

/** {@link ContactLogDao} in HQL on the platform's session factory. */
public class HibernateContactLogDao implements ContactLogDao {

	private static final List<GiftDecision> RECEIVED = Collections.unmodifiableList(
	    Arrays.stream(GiftDecision.values()).filter(GiftDecision::isReceived).collect(Collectors.toList()));

	private final DbSessionFactory sessionFactory;

	public HibernateContactLogDao(DbSessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public <T extends BaseOpenmrsData> T save(T object) {
		sessionFactory.getCurrentSession().saveOrUpdate(object);
		return object;
	}

	@Override
	public <T extends BaseOpenmrsData> Optional<T> getByUuid(Class<T> type, String uuid) {
		Query query = query("from " + type.getSimpleName() + " o where o.uuid = :uuid").setParameter("uuid", uuid);
		return Optional.ofNullable(type.cast(query.uniqueResult()));
	}

	@Override
	public List<ContactLogEntry> getContactLogEntries(Patient patient, boolean includeVoided, Paging paging) {
		return page(query("select e from ContactLogEntry e left join fetch e.staffUser left join fetch e.provider"
		        + " left join fetch e.corrects left join fetch e.creator left join fetch e.voidedBy"
		        + " where e.patient = :patient" + voidedClause("e", includeVoided)
		        + " order by e.occurredAt desc, e.id desc").setParameter("patient", patient), paging);
	}

	@Override
	public List<GiftRecord> getGiftRecords(Patient patient, boolean includeVoided, Paging paging) {
		return page(query("select g from GiftRecord g left join fetch g.recipientProvider left join fetch g.recipientUser"
		        + " left join fetch g.corrects left join fetch g.creator left join fetch g.voidedBy"
		        + " where g.patient = :patient" + voidedClause("g", includeVoided)
		        + " order by g.offeredOn desc, g.id desc").setParameter("patient", patient), paging);
	}

	@Override
	public BigDecimal getReceivedGiftTotal(Patient patient, String currency, Date after, Date upTo,
	        Collection<Integer> excludedGiftIds) {
		String hql = "select coalesce(sum(g.estimatedValue), 0) from GiftRecord g where g.patient = :patient"
		        + " and g.voided = false and g.currency = :currency and g.decision in (:received)"
		        + " and g.offeredOn > :after and g.offeredOn <= :upTo";
		if (!excludedGiftIds.isEmpty()) {
			hql += " and g.id not in (:excluded)";
		}
		Query query = query(hql).setParameter("patient", patient).setParameter("currency", currency)
		        .setParameterList("received", RECEIVED).setParameter("after", after).setParameter("upTo", upTo);
		if (!excludedGiftIds.isEmpty()) {
			query.setParameterList("excluded", excludedGiftIds);
		}
		Object total = query.uniqueResult();
		return total instanceof BigDecimal ? (BigDecimal) total : new BigDecimal(total.toString());
	}

	@Override
	public List<GiftRecord> getGiftRegister(GiftRegisterQuery register, GiftPolicy policy, Paging paging) {
		StringBuilder hql = new StringBuilder("select g from GiftRecord g join fetch g.patient"
		        + " left join fetch g.recipientProvider left join fetch g.recipientUser"
		        + " where g.voided = false and g.offeredOn >= :from and g.offeredOn <= :to");
		if (register.getProvider() != null) {
			hql.append(" and g.recipientProvider = :provider");
		}
		if (register.getDecision() != null) {
			hql.append(" and g.decision = :decision");
		}
		if (register.isReachingThresholdOnly()) {
			hql.append(" and (g.currency <> :currency or g.estimatedValue >= :threshold)");
		}
		hql.append(" order by g.offeredOn desc, g.id desc");
		Query query = query(hql.toString()).setParameter("from", register.getPeriod().getFromDate())
		        .setParameter("to", register.getPeriod().getToDate());
		if (register.getProvider() != null) {
			query.setParameter("provider", register.getProvider());
		}
		if (register.getDecision() != null) {
			query.setParameter("decision", register.getDecision());
		}
		if (register.isReachingThresholdOnly()) {
			query.setParameter("currency", policy.getCurrency()).setParameter("threshold", policy.getThreshold());
		}
		return page(query, paging);
	}

	@Override
	public List<CareTransfer> getCareTransfers(Patient patient, boolean includeVoided, Paging paging) {
		return page(query("select t from CareTransfer t join fetch t.fromProvider join fetch t.toProvider"
		        + " left join fetch t.contactLogEntry left join fetch t.creator left join fetch t.voidedBy"
		        + " where t.patient = :patient" + voidedClause("t", includeVoided)
		        + " order by t.effectiveDate desc, t.id desc").setParameter("patient", patient), paging);
	}

	@Override
	public Optional<CareTransfer> getActiveCareTransferFor(ContactLogEntry entry) {
		return Optional.ofNullable((CareTransfer) query(
		    "from CareTransfer t where t.contactLogEntry = :entry and t.voided = false").setParameter("entry", entry)
		            .setMaxResults(1).uniqueResult());
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<Object[]> countConcerns(ReportPeriod period, Provider provider) {
		String hql = "select p.id, e.concernKind, e.severity, count(e.id) from ContactLogEntry e left join e.provider p"
		        + " where e.voided = false and e.category = :category and e.occurredAt >= :from and e.occurredAt < :to"
		        + (provider == null ? "" : " and p = :provider") + " group by p.id, e.concernKind, e.severity";
		Query query = query(hql).setParameter("category", ContactCategory.BOUNDARY_CONCERN)
		        .setParameter("from", period.getFromDate()).setParameter("to", period.getEndExclusive());
		if (provider != null) {
			query.setParameter("provider", provider);
		}
		return query.list();
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<Provider> getProviders(Collection<Integer> providerIds) {
		if (providerIds.isEmpty()) {
			return new ArrayList<>();
		}
		return query("from Provider p where p.id in (:ids)").setParameterList("ids", providerIds).list();
	}

	private Query query(String hql) {
		return sessionFactory.getCurrentSession().createQuery(hql);
	}

	private static String voidedClause(String alias, boolean includeVoided) {
		return includeVoided ? "" : " and " + alias + ".voided = false";
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> page(Query query, Paging paging) {
		return query.setFirstResult(paging.getStartIndex()).setMaxResults(paging.getFetchSize()).list();
	}
}
