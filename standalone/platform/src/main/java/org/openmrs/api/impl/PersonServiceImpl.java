package org.openmrs.api.impl;

import org.hibernate.SessionFactory;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.api.PersonService;
import org.openmrs.api.context.Context;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stand-in for {@code org.openmrs.api.impl.PersonServiceImpl} (persons and names only).
 */
@Transactional
public class PersonServiceImpl extends BaseOpenmrsService implements PersonService {

	private SessionFactory sessionFactory;

	public void setSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public Person savePerson(Person person) {
		sessionFactory.getCurrentSession().saveOrUpdate(person);
		return person;
	}

	@Override
	@Transactional(readOnly = true)
	public Person getPerson(Integer personId) {
		return personId == null ? null : sessionFactory.getCurrentSession().get(Person.class, personId);
	}

	@Override
	@Transactional(readOnly = true)
	public Person getPersonByUuid(String uuid) {
		return sessionFactory.getCurrentSession().createQuery("from Person p where p.uuid = :uuid", Person.class)
		        .setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	@Transactional(readOnly = true)
	public PersonName getPersonNameByUuid(String uuid) {
		return sessionFactory.getCurrentSession()
		        .createQuery("from PersonName n where n.uuid = :uuid", PersonName.class).setParameter("uuid", uuid)
		        .uniqueResult();
	}

	/**
	 * The void fields are set by the void handlers before this runs.
	 */
	@Override
	public Person voidPerson(Person person, String reason) {
		if (person == null) {
			return null;
		}
		return Context.getPersonService().savePerson(person);
	}

	@Override
	public Person unvoidPerson(Person person) {
		if (person == null) {
			return null;
		}
		return Context.getPersonService().savePerson(person);
	}
}
