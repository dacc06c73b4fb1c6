package org.openmrs.module.boundaries.boundaries;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hibernate.Session;
import org.hibernate.query.Query;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.api.Paging;

/** {@link BoundariesDao} on the platform's Hibernate session. */
public class HibernateBoundariesDao implements BoundariesDao {

	private static final String PROFILE_WITH_RULES = "select distinct b from BoundaryProfile b left join fetch b.channelRules ";

	/** The latest published version of the row's own owner (provider or organisation default). */
	private static final String IS_CURRENT_VERSION = " b.publishedDate is not null and b.version = (select max(b2.version)"
	        + " from BoundaryProfile b2 where b2.publishedDate is not null and %s)";

	private DbSessionFactory sessionFactory;

	public void setSessionFactory(DbSessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	private Session session() {
		return sessionFactory.getHibernateSessionFactory().getCurrentSession();
	}

	/** "b.provider = :provider" or "b.provider is null" for the organisation default, for any alias. */
	private static String ownedBy(String alias, Provider provider) {
		return provider == null ? alias + ".provider is null" : alias + ".provider = :provider";
	}

	private static <T> Query<T> forOwner(Query<T> query, Provider provider) {
		return provider == null ? query : query.setParameter("provider", provider);
	}

	@Override
	public BoundaryProfile getProfileByUuid(String uuid) {
		return session().createQuery(PROFILE_WITH_RULES + "where b.uuid = :uuid", BoundaryProfile.class)
		        .setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	public BoundaryProfile getDraft(Provider provider) {
		String hql = PROFILE_WITH_RULES + "where " + ownedBy("b", provider) + " and b.publishedDate is null";
		return forOwner(session().createQuery(hql, BoundaryProfile.class), provider).uniqueResult();
	}

	@Override
	public BoundaryProfile getCurrentVersion(Provider provider) {
		String hql = PROFILE_WITH_RULES + "where " + ownedBy("b", provider) + " and "
		        + String.format(IS_CURRENT_VERSION, ownedBy("b2", provider));
		return forOwner(session().createQuery(hql, BoundaryProfile.class), provider).uniqueResult();
	}

	@Override
	public List<BoundaryProfile> getCurrentVersions(Collection<Provider> providers) {
		if (providers.isEmpty()) {
			return Collections.emptyList();
		}
		String hql = PROFILE_WITH_RULES + "where b.provider in (:providers) and "
		        + String.format(IS_CURRENT_VERSION, "b2.provider = b.provider");
		return session().createQuery(hql, BoundaryProfile.class).setParameterList("providers", providers).list();
	}

	@Override
	public int getLatestVersionNumber(Provider provider) {
		String hql = "select max(b.version) from BoundaryProfile b where " + ownedBy("b", provider);
		Integer latest = forOwner(session().createQuery(hql, Integer.class), provider).uniqueResult();
		return latest == null ? 0 : latest;
	}

	@Override
	public List<BoundaryProfile> getPublishedVersions(Provider provider, Paging paging) {
		String ids = "select b.id from BoundaryProfile b where " + ownedBy("b", provider)
		        + " and b.publishedDate is not null order by b.version desc";
		List<Integer> pageIds = forOwner(session().createQuery(ids, Integer.class), provider)
		        .setFirstResult(paging.getStartIndex()).setMaxResults(paging.getFetchSize()).list();
		return loadInOrder(pageIds, PROFILE_WITH_RULES + "where b.id in (:ids)", BoundaryProfile.class,
		    BoundaryProfile::getId);
	}

	/** The second step of paging over rows with fetched collections: load the page's ids, keep their order. */
	private <T> List<T> loadInOrder(List<Integer> ids, String hql, Class<T> type, Function<T, Integer> idOf) {
		if (ids.isEmpty()) {
			return Collections.emptyList();
		}
		Map<Integer, T> byId = session().createQuery(hql, type).setParameterList("ids", ids).list().stream()
		        .collect(Collectors.toMap(idOf, Function.identity(), (a, b) -> a));
		List<T> ordered = new ArrayList<>(ids.size());
		for (Integer id : ids) {
			ordered.add(byId.get(id));
		}
		return ordered;
	}

	@Override
	public BoundaryProfile saveProfile(BoundaryProfile profile) {
		session().save(profile);
		return profile;
	}

	@Override
	public void deleteDraft(BoundaryProfile draft) {
		if (draft.isPublished()) {
			throw new IllegalArgumentException("A published version is never deleted");
		}
		session().delete(draft);
		// The replacing draft must not meet this one in the database
		session().flush();
	}

	@Override
	public Map<Integer, ChannelStance> getCurrentPortalStances() {
		String hql = "select b.provider.id, r.stance from ChannelRule r join r.profile b"
		        + " where r.channel = :portal and b.provider is not null and "
		        + String.format(IS_CURRENT_VERSION, "b2.provider = b.provider");
		Map<Integer, ChannelStance> stances = new HashMap<>();
		for (Object[] row : session().createQuery(hql, Object[].class).setParameter("portal", Channel.PORTAL).list()) {
			stances.put((Integer) row[0], (ChannelStance) row[1]);
		}
		return stances;
	}

	@Override
	public List<Provider> getActiveProviders() {
		String hql = "select distinct pr from Provider pr join fetch pr.person pe left join fetch pe.names"
		        + " where pr.retired = false";
		List<Provider> providers = new ArrayList<>(session().createQuery(hql, Provider.class).list());
		providers.sort(Comparator.comparing(HibernateBoundariesDao::sortName));
		return providers;
	}

	private static String sortName(Provider provider) {
		String name = Names.of(provider);
		return name == null ? "" : name.toLowerCase();
	}

	@Override
	public Acknowledgement saveAcknowledgement(Acknowledgement acknowledgement) {
		session().saveOrUpdate(acknowledgement);
		return acknowledgement;
	}

	@Override
	public Acknowledgement getAcknowledgementByUuid(String uuid) {
		return session().createQuery("from Acknowledgement a join fetch a.patient where a.uuid = :uuid",
		    Acknowledgement.class).setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	public List<Acknowledgement> getAcknowledgements(Patient patient, Paging paging) {
		String ids = "select a.id from Acknowledgement a where a.patient = :patient and a.voided = false"
		        + " order by a.dateAcknowledged desc, a.id desc";
		List<Integer> pageIds = session().createQuery(ids, Integer.class).setParameter("patient", patient)
		        .setFirstResult(paging.getStartIndex()).setMaxResults(paging.getFetchSize()).list();
		String hql = "select distinct a from Acknowledgement a join fetch a.provider pr left join fetch pr.person pe"
		        + " left join fetch pe.names left join fetch a.profile left join fetch a.defaultProfile"
		        + " left join fetch a.creator cr left join fetch cr.person crp left join fetch crp.names"
		        + " where a.id in (:ids)";
		return loadInOrder(pageIds, hql, Acknowledgement.class, Acknowledgement::getId);
	}

	@Override
	public List<AcknowledgedVersions> getAcknowledgedVersions(Patient patient, Provider provider) {
		String hql = "select new " + AcknowledgedVersions.class.getName() + "(pr.id, own.uuid, def.uuid)"
		        + " from Acknowledgement a join a.provider pr left join a.profile own left join a.defaultProfile def"
		        + " where a.patient = :patient and a.voided = false" + (provider == null ? "" : " and a.provider = :provider");
		Query<AcknowledgedVersions> query = session().createQuery(hql, AcknowledgedVersions.class)
		        .setParameter("patient", patient);
		return (provider == null ? query : query.setParameter("provider", provider)).list();
	}
}
