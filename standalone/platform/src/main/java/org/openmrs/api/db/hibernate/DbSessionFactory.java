package org.openmrs.api.db.hibernate;

import org.hibernate.SessionFactory;

/**
 * Stand-in for {@code org.openmrs.api.db.hibernate.DbSessionFactory}: what module DAOs are given instead of the
 * Hibernate {@link SessionFactory}.
 */
public class DbSessionFactory {

	private final SessionFactory sessionFactory;

	public DbSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	public DbSession getCurrentSession() {
		return new DbSession(sessionFactory);
	}

	public SessionFactory getHibernateSessionFactory() {
		return sessionFactory;
	}
}
