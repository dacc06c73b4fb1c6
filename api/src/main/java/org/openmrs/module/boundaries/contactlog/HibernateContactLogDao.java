package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Query;
import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.module.boundaries.api.Fetching;
import org.openmrs.module.boundaries.api.CommittedVoid;
import org.openmrs.module.boundaries.api.Paging;

/**
 * {@link ContactLogDao} in HQL on the platform's session factory. A list costs a fixed number of statements whatever its
 * size: the rows with their providers and the entries they correct, then the people shown on them in two more (see
 * {@link Fetching}).
 */
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
	public boolean isVoidedLocking(BaseOpenmrsData row) {
		return CommittedVoid.isVoided(sessionFactory.getCurrentSession(), row);
	}

	@Override
	public List<ContactLogEntry> getContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter,
	        Paging paging) {
		List<ContactLogEntry> entries = new ChartRows("ContactLogEntry", patient, includeVoided).narrowedBy(filter)
		        .page("provider corrects", "occurredAt", paging);
		withPeople(entries, entry -> Arrays.asList(entry.getProvider()), ContactLogEntry::getStaffUser);
		return entries;
	}

	@Override
	public long countContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter) {
		return new ChartRows("ContactLogEntry", patient, includeVoided).narrowedBy(filter).count();
	}

	@Override
	public List<GiftRecord> getGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly,
	        GiftPolicy policy, Paging paging) {
		List<GiftRecord> gifts = giftRows(patient, includeVoided, awaitingDeclarationOnly, policy)
		        .page("recipientProvider corrects", "offeredOn", paging);
		withPeople(gifts, gift -> Arrays.asList(gift.getRecipientProvider()), GiftRecord::getRecipientUser);
		return gifts;
	}

	@Override
	public long countGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly,
	        GiftPolicy policy) {
		return giftRows(patient, includeVoided, awaitingDeclarationOnly, policy).count();
	}

	/** A gift awaits declaration when it reaches the threshold on its own (see {@link GiftPolicy}) and is not declared. */
	private ChartRows giftRows(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly,
	        GiftPolicy policy) {
		ChartRows rows = new ChartRows("GiftRecord", patient, includeVoided);
		if (awaitingDeclarationOnly) {
			rows.and("r.declaredOn is null and " + reachesThreshold("r"), "currency", policy.getCurrency())
			        .parameter("threshold", policy.getThreshold());
		}
		return rows;
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
		List<GiftRecord> gifts = page(
		    registerQuery("select g from GiftRecord g left join fetch g.recipientProvider", register, policy, null),
		    paging);
		withPeople(gifts, gift -> Arrays.asList(gift.getPatient(), gift.getRecipientProvider()),
		    GiftRecord::getRecipientUser);
		return gifts;
	}

	@Override
	@SuppressWarnings("unchecked")
	public List<GiftRegisterRow> getGiftRegisterRows(GiftRegisterQuery register, GiftPolicy policy,
	        GiftRegisterRow after, int batch) {
		List<Object[]> rows = registerQuery(GiftRegisterRow.SELECT, register, policy, after).setMaxResults(batch)
		        .list();
		Set<Integer> personIds = new HashSet<>();
		for (Object[] row : rows) {
			for (int column : GiftRegisterRow.PERSON_COLUMNS) {
				if (row[column] != null) {
					personIds.add((Integer) row[column]);
				}
			}
		}
		Map<Integer, String> names = personNames(personIds);
		return rows.stream().map(row -> new GiftRegisterRow(row, names)).collect(Collectors.toList());
	}

	@Override
	public List<CareTransfer> getCareTransfers(Patient patient, boolean includeVoided, Paging paging) {
		List<CareTransfer> transfers = new ChartRows("CareTransfer", patient, includeVoided)
		        .page("fromProvider toProvider contactLogEntry", "effectiveDate", paging);
		withPeople(transfers, transfer -> Arrays.asList(transfer.getFromProvider(), transfer.getToProvider()));
		return transfers;
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

	/**
	 * The register's gifts, most recently offered first: {@code select} (over {@code GiftRecord g}) narrowed to the
	 * register's gifts, and to those after the given one when there is one.
	 */
	private Query registerQuery(String select, GiftRegisterQuery register, GiftPolicy policy, GiftRegisterRow after) {
		StringBuilder hql = new StringBuilder(select)
		        .append(" where g.voided = false and g.offeredOn >= :from and g.offeredOn <= :to");
		if (register.getProvider() != null) {
			hql.append(" and g.recipientProvider = :provider");
		}
		if (register.getDecision() != null) {
			hql.append(" and g.decision = :decision");
		}
		if (register.isReachingThresholdOnly()) {
			hql.append(" and ").append(reachesThreshold("g"));
		}
		if (after != null) {
			hql.append(" and (g.offeredOn < :afterOn or (g.offeredOn = :afterOn and g.id < :afterId))");
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
		if (after != null) {
			query.setParameter("afterOn", after.getOfferedOn()).setParameter("afterId", after.getId());
		}
		return query;
	}

	/**
	 * HQL for a gift (its alias given) that reaches the threshold on its own, as {@link GiftPolicy#reachesThreshold}
	 * decides: worth the threshold or more in the policy's currency, or in a currency the threshold cannot be compared
	 * with. Its parameters are {@code :currency} and {@code :threshold}.
	 */
	private static String reachesThreshold(String gift) {
		return "(" + gift + ".currency <> :currency or " + gift + ".estimatedValue >= :threshold)";
	}

	/**
	 * The display names of persons, by id, in one statement: their names read as values and chosen as the platform's
	 * {@link Person#getPersonName()} chooses (the preferred unvoided name, else an unvoided one, else for a voided
	 * person any), so an export names people as the pages do without loading them.
	 */
	@SuppressWarnings("unchecked")
	private Map<Integer, String> personNames(Set<Integer> personIds) {
		if (personIds.isEmpty()) {
			return Collections.emptyMap();
		}
		List<Object[]> rows = query("select n.person.id, n.person.personVoided, n.preferred, n.voided, n.prefix,"
		        + " n.givenName, n.middleName, n.familyNamePrefix, n.familyName, n.familyName2, n.familyNameSuffix,"
		        + " n.degree from PersonName n where n.person.id in (:ids)").setParameterList("ids", personIds).list();
		Map<Integer, Person> persons = new HashMap<>();
		for (Object[] row : rows) {
			Person person = persons.computeIfAbsent((Integer) row[0], Person::new);
			person.setPersonVoided((Boolean) row[1]);
			PersonName name = new PersonName();
			name.setPreferred((Boolean) row[2]);
			name.setVoided((Boolean) row[3]);
			name.setPrefix((String) row[4]);
			name.setGivenName((String) row[5]);
			name.setMiddleName((String) row[6]);
			name.setFamilyNamePrefix((String) row[7]);
			name.setFamilyName((String) row[8]);
			name.setFamilyName2((String) row[9]);
			name.setFamilyNameSuffix((String) row[10]);
			name.setDegree((String) row[11]);
			person.addName(name);
		}
		Map<Integer, String> names = new HashMap<>();
		persons.forEach((id, person) -> names.put(id, Display.of(person)));
		return names;
	}

	private Query query(String hql) {
		return sessionFactory.getCurrentSession().createQuery(hql);
	}

	/** One chart's rows of an entity (alias {@code r}), voided ones too or not, narrowed by further conditions. */
	private final class ChartRows {

		private final String entity;

		private final StringBuilder where = new StringBuilder(" where r.patient = :patient");

		private final Map<String, Object> parameters = new LinkedHashMap<>();

		ChartRows(String entity, Patient patient, boolean includeVoided) {
			this.entity = entity;
			parameters.put("patient", patient);
			if (!includeVoided) {
				where.append(" and r.voided = false");
			}
		}

		ChartRows and(String condition, String name, Object value) {
			where.append(" and ").append(condition);
			return parameter(name, value);
		}

		ChartRows parameter(String name, Object value) {
			parameters.put(name, value);
			return this;
		}

		ChartRows narrowedBy(ContactLogFilter filter) {
			if (filter.getCategory() != null) {
				and("r.category = :category", "category", filter.getCategory());
			}
			if (filter.getConcernKind() != null) {
				and("r.concernKind = :concernKind", "concernKind", filter.getConcernKind());
			}
			if (filter.getFromDate() != null) {
				and("r.occurredAt >= :from", "from", filter.getFromDate());
			}
			if (filter.getEndExclusive() != null) {
				and("r.occurredAt < :to", "to", filter.getEndExclusive());
			}
			return this;
		}

		/**
		 * One page, newest first by the given property, with the named (many-to-one, never user) associations fetched
		 * in the same statement.
		 */
		<T> List<T> page(String associations, String newestFirst, Paging paging) {
			StringBuilder hql = new StringBuilder("select r from ").append(entity).append(" r");
			for (String association : associations.split(" ")) {
				hql.append(" left join fetch r.").append(association);
			}
			hql.append(where).append(" order by r.").append(newestFirst).append(" desc, r.id desc");
			return HibernateContactLogDao.page(bound(hql.toString()), paging);
		}

		long count() {
			return ((Number) bound("select count(r.id) from " + entity + " r" + where).uniqueResult()).longValue();
		}

		private Query bound(String hql) {
			Query query = query(hql);
			parameters.forEach(query::setParameter);
			return query;
		}
	}

	/**
	 * Loads the people rows show: the persons (patients, and providers by their persons) each row names, and the users
	 * it refers to besides who recorded and voided it.
	 */
	@SafeVarargs
	private final <T extends BaseOpenmrsData> void withPeople(List<T> rows, Function<T, List<?>> peopleOf,
	        Function<T, User>... users) {
		List<Person> persons = new ArrayList<>();
		for (T row : rows) {
			for (Object someone : peopleOf.apply(row)) {
				if (someone instanceof Provider) {
					persons.add(((Provider) someone).getPerson());
				} else if (someone instanceof Person) {
					persons.add((Person) someone);
				}
			}
		}
		Fetching.persons(sessionFactory, persons);
		List<Function<T, User>> references = new ArrayList<>(Arrays.asList(users));
		references.add(BaseOpenmrsData::getCreator);
		references.add(BaseOpenmrsData::getVoidedBy);
		List<User> all = new ArrayList<>();
		for (Function<T, User> reference : references) {
			all.addAll(Fetching.usersOf(rows, reference));
		}
		Fetching.users(sessionFactory, all);
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> page(Query query, Paging paging) {
		return query.setFirstResult(paging.getStartIndex()).setMaxResults(paging.getFetchSize()).list();
	}
}
