package org.openmrs.api.db.hibernate;

import java.io.Serializable;
import java.sql.Time;
import java.util.Date;

import org.hibernate.EmptyInterceptor;
import org.hibernate.type.Type;
import org.springframework.stereotype.Component;

/**
 * Stand-in for {@code org.openmrs.api.db.hibernate.DropMillisecondsHibernateInterceptor}: every timestamp is
 * saved truncated to whole seconds (as MySQL {@code datetime} would store it).
 */
@Component
public class DropMillisecondsHibernateInterceptor extends EmptyInterceptor {

	private static final long serialVersionUID = 1L;

	@Override
	public boolean onFlushDirty(Object entity, Serializable id, Object[] currentState, Object[] previousState,
	        String[] propertyNames, Type[] types) {
		return removeMillisecondsFromDateFields(currentState);
	}

	@Override
	public boolean onSave(Object entity, Serializable id, Object[] state, String[] propertyNames, Type[] types) {
		return removeMillisecondsFromDateFields(state);
	}

	private boolean removeMillisecondsFromDateFields(Object[] fieldValues) {
		boolean anyChanges = false;
		for (int i = fieldValues.length - 1; i >= 0; --i) {
			Object candidate = fieldValues[i];
			if (!(candidate instanceof Time || candidate instanceof java.sql.Date) && candidate instanceof Date) {
				Date date = (Date) candidate;
				long millis = date.getTime();
				long truncated = millis - Math.floorMod(millis, 1000L);
				if (truncated != millis) {
					Date noMilliseconds = new Date(truncated);
					fieldValues[i] = noMilliseconds;
					anyChanges = true;
				}
			}
		}
		return anyChanges;
	}
}
