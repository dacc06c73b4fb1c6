package org.openmrs.module.boundaries.api;

import org.hibernate.FlushMode;
import org.hibernate.Hibernate;
import org.hibernate.LockMode;
import org.hibernate.LockOptions;
import org.hibernate.Query;
import org.openmrs.OpenmrsData;
import org.openmrs.api.db.hibernate.DbSession;

/**
 * Whether a row is already voided in the database, read with the row's lock held until the transaction ends. Voiding
 * checks this first: two people voiding the same row at the same moment would otherwise both succeed, the later one
 * silently replacing the earlier one's reason and name in the record.
 */
public final class CommittedVoid {

	private CommittedVoid() {
	}

	/**
	 * Reads the voided flag as committed by others, waiting for any transaction that holds the row. What this
	 * transaction has changed is not written first (the platform marks an object voided before the void method runs).
	 */
	public static boolean isVoided(DbSession session, OpenmrsData row) {
		// "select ... for update" on the row; waits for whoever holds it, changes nothing in memory
		session.buildLockRequest(new LockOptions(LockMode.PESSIMISTIC_WRITE)).lock(row);
		Query query = session
		        .createQuery("select o.voided from " + Hibernate.getClass(row).getSimpleName() + " o where o.id = :id");
		query.setParameter("id", row.getId());
		query.setHibernateFlushMode(FlushMode.MANUAL);
		return Boolean.TRUE.equals(query.uniqueResult());
	}
}
