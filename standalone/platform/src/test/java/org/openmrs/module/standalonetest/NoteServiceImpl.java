package org.openmrs.module.standalonetest;

import org.openmrs.api.context.Context;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.api.impl.BaseOpenmrsService;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A module-style service implementation using {@link DbSessionFactory}.
 */
@Transactional
public class NoteServiceImpl extends BaseOpenmrsService implements NoteService {

	private DbSessionFactory dbSessionFactory;

	public void setDbSessionFactory(DbSessionFactory dbSessionFactory) {
		this.dbSessionFactory = dbSessionFactory;
	}

	@Override
	public Note saveNote(Note note) {
		dbSessionFactory.getCurrentSession().saveOrUpdate(note);
		return note;
	}

	@Override
	public Note voidNote(Note note, String reason) {
		return saveNote(note);
	}

	@Override
	@Transactional(readOnly = true)
	public Note getNoteByUuid(String uuid) {
		return (Note) dbSessionFactory.getCurrentSession().createQuery("from Note n where n.uuid = :uuid")
		        .setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	public String whoAmI() {
		return Context.getAuthenticatedUser().getSystemId();
	}

	@Override
	public boolean isTransactionActive() {
		return TransactionSynchronizationManager.isActualTransactionActive();
	}
}
