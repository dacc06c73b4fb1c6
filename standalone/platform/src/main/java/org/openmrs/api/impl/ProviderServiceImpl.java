package org.openmrs.api.impl;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.apache.commons.lang3.StringUtils;
import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.ProviderAttributeType;
import org.openmrs.api.ProviderService;
import org.openmrs.api.context.Context;
import org.openmrs.util.OpenmrsConstants;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stand-in for {@code org.openmrs.api.impl.ProviderServiceImpl} (providers only).
 */
@Transactional
public class ProviderServiceImpl extends BaseOpenmrsService implements ProviderService {

	private SessionFactory sessionFactory;

	public void setSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Provider> getAllProviders() {
		return getAllProviders(true);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Provider> getAllProviders(boolean includeRetired) {
		String hql = includeRetired ? "from Provider p order by p.providerId"
		        : "from Provider p where p.retired = false order by p.providerId";
		return sessionFactory.getCurrentSession().createQuery(hql, Provider.class).getResultList();
	}

	@Override
	@Transactional(readOnly = true)
	public Provider getProvider(Integer providerId) {
		return providerId == null ? null : sessionFactory.getCurrentSession().get(Provider.class, providerId);
	}

	@Override
	public Provider saveProvider(Provider provider) {
		sessionFactory.getCurrentSession().saveOrUpdate(provider);
		return provider;
	}

	/**
	 * The retire fields are set by the retire handlers before this runs.
	 */
	@Override
	public void retireProvider(Provider provider, String reason) {
		sessionFactory.getCurrentSession().saveOrUpdate(provider);
	}

	@Override
	public Provider unretireProvider(Provider provider) {
		return Context.getProviderService().saveProvider(provider);
	}

	@Override
	@Transactional(readOnly = true)
	public Provider getProviderByUuid(String uuid) {
		return sessionFactory.getCurrentSession().createQuery("from Provider p where p.uuid = :uuid", Provider.class)
		        .setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	@Transactional(readOnly = true)
	public Collection<Provider> getProvidersByPerson(Person person) {
		if (person == null) {
			throw new IllegalArgumentException("Person must not be null");
		}
		return Context.getProviderService().getProvidersByPerson(person, true);
	}

	@Override
	@Transactional(readOnly = true)
	public Collection<Provider> getProvidersByPerson(Person person, boolean includeRetired) {
		String hql = "from Provider p where p.person = :person" + (includeRetired ? "" : " and p.retired = false")
		        + (includeRetired ? " order by p.retired asc, p.providerId asc" : " order by p.providerId asc");
		return sessionFactory.getCurrentSession().createQuery(hql, Provider.class).setParameter("person", person)
		        .getResultList();
	}

	/**
	 * As {@code HibernateProviderDAO} does: the identifier matched as the {@code providerSearch.matchMode} global
	 * property says (read through the administration service, so the caller needs "Get Global Properties"; exact
	 * by default), the provider's own name anywhere, or every word of the query anywhere in one of the person's
	 * names; a blank query matches every provider.
	 */
	@Override
	@Transactional(readOnly = true)
	public List<Provider> getProviders(String query, Integer start, Integer length,
	        Map<ProviderAttributeType, Object> attributes, boolean includeRetired) {
		String name = StringUtils.isBlank(query) ? "%" : query.toLowerCase();
		String identifierPattern;
		String matchMode = Context.getAdministrationService()
		        .getGlobalProperty(OpenmrsConstants.GLOBAL_PROPERTY_PROVIDER_SEARCH_MATCH_MODE);
		if ("START".equalsIgnoreCase(matchMode)) {
			identifierPattern = name + "%";
		} else if ("ANYWHERE".equalsIgnoreCase(matchMode)) {
			identifierPattern = "%" + name + "%";
		} else if ("END".equalsIgnoreCase(matchMode)) {
			identifierPattern = "%" + name;
		} else {
			identifierPattern = name;
		}
		String[] words = name.split(" ");
		StringBuilder hql = new StringBuilder("select distinct p from Provider p left join p.person person"
		        + " left join person.names n where (:includeRetired = true or p.retired = false)"
		        + " and (lower(p.identifier) like :identifier or lower(p.name) like :anywhere or (");
		for (int i = 0; i < words.length; i++) {
			hql.append(i == 0 ? "" : " and ").append("(n.voided = false and (lower(n.givenName) like :w").append(i)
			        .append(" or lower(n.middleName) like :w").append(i).append(" or lower(n.familyName) like :w")
			        .append(i).append(" or lower(n.familyName2) like :w").append(i).append("))");
		}
		hql.append("))");
		if (includeRetired) {
			hql.append(" order by p.retired asc");
		}
		Query<Provider> found = sessionFactory.getCurrentSession().createQuery(hql.toString(), Provider.class)
		        .setParameter("includeRetired", includeRetired).setParameter("identifier", identifierPattern)
		        .setParameter("anywhere", "%" + name + "%");
		for (int i = 0; i < words.length; i++) {
			found.setParameter("w" + i, "%" + words[i] + "%");
		}
		if (start != null) {
			found.setFirstResult(start);
		}
		if (length != null) {
			found.setMaxResults(length);
		}
		return found.getResultList();
	}

	@Override
	@Transactional(readOnly = true)
	public Provider getProviderByIdentifier(String identifier) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from Provider p where p.identifier = :identifier", Provider.class)
		        .setParameter("identifier", identifier).setMaxResults(1).uniqueResult();
	}
}
