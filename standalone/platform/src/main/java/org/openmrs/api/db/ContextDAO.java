package org.openmrs.api.db;

import org.openmrs.OpenmrsObject;
import org.openmrs.User;
import org.openmrs.api.context.ContextAuthenticationException;

/**
 * Stand-in for {@code org.openmrs.api.db.ContextDAO} (the session and authentication part).
 */
public interface ContextDAO {

	User authenticate(String username, String password) throws ContextAuthenticationException;

	User getUserByUuid(String uuid);

	User getUserByUsername(String username);

	void openSession();

	void closeSession();

	void clearSession();

	void flushSession();

	void evictFromSession(Object obj);

	void evictEntity(OpenmrsObject object);

	void evictAllEntities(Class<?> entityClass);

	void clearEntireCache();

	void refreshEntity(Object obj);
}
