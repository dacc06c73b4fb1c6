package org.openmrs.api.impl;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.ProviderAttributeType;
import org.openmrs.api.ProviderService;
import org.openmrs.api.context.Context;
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

	@Override
	@Transactional(readOnly = true)
	public List<Provider> getProviders(String query, Integer start, Integer length,
	        Map<ProviderAttributeType, Object> attributes, boolean includeRetired) {
		String text = query == null ? "" : query.trim().toLowerCase();
		String hql = "select distinct p from Provider p left join p.person person left join person.names n"
		        + " where (:includeRetired = true or p.retired = false) and (:text = '' or lower(p.identifier) like :prefix"
		        + " or lower(n.givenName) like :prefix or lower(n.familyName) like :prefix or lower(p.name) like :prefix)"
		        + " order by p.providerId";
		Query<Provider> found = sessionFactory.getCurrentSession().createQuery(hql, Provider.class)
		        .setParameter("includeRetired", includeRetired).setParameter("text", text)
		        .setParameter("prefix", text + "%");
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
