package org.openmrs.api.db.hibernate;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;

import org.hibernate.CallbackException;
import org.hibernate.EmptyInterceptor;
import org.hibernate.Interceptor;
import org.hibernate.Transaction;
import org.hibernate.type.Type;

/**
 * Stand-in for {@code org.openmrs.api.db.hibernate.ChainingInterceptor}: passes each entity callback to every
 * registered interceptor in turn (each sees the state the previous ones left).
 */
public class ChainingInterceptor extends EmptyInterceptor {

	private static final long serialVersionUID = 1L;

	public Collection<Interceptor> interceptors = new LinkedHashSet<>();

	public void addInterceptor(Interceptor interceptor) {
		interceptors.add(interceptor);
	}

	@Override
	public void onDelete(Object entity, Serializable id, Object[] state, String[] propertyNames, Type[] types) {
		for (Interceptor i : interceptors) {
			i.onDelete(entity, id, state, propertyNames, types);
		}
	}

	@Override
	public boolean onFlushDirty(Object entity, Serializable id, Object[] currentState, Object[] previousState,
	        String[] propertyNames, Type[] types) {
		boolean objectChanged = false;
		for (Interceptor i : interceptors) {
			objectChanged |= i.onFlushDirty(entity, id, currentState, previousState, propertyNames, types);
		}
		return objectChanged;
	}

	@Override
	public boolean onLoad(Object entity, Serializable id, Object[] state, String[] propertyNames, Type[] types) {
		boolean objectChanged = false;
		for (Interceptor i : interceptors) {
			objectChanged |= i.onLoad(entity, id, state, propertyNames, types);
		}
		return objectChanged;
	}

	@Override
	public boolean onSave(Object entity, Serializable id, Object[] state, String[] propertyNames, Type[] types) {
		boolean objectChanged = false;
		for (Interceptor i : interceptors) {
			objectChanged |= i.onSave(entity, id, state, propertyNames, types);
		}
		return objectChanged;
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void postFlush(Iterator entities) {
		List<Object> all = copy(entities);
		for (Interceptor i : interceptors) {
			i.postFlush(all.iterator());
		}
	}

	@Override
	@SuppressWarnings("rawtypes")
	public void preFlush(Iterator entities) {
		List<Object> all = copy(entities);
		for (Interceptor i : interceptors) {
			i.preFlush(all.iterator());
		}
	}

	@SuppressWarnings("rawtypes")
	private static List<Object> copy(Iterator entities) {
		List<Object> all = new ArrayList<>();
		entities.forEachRemaining(all::add);
		return all;
	}

	@Override
	public void afterTransactionBegin(Transaction tx) {
		for (Interceptor i : interceptors) {
			i.afterTransactionBegin(tx);
		}
	}

	@Override
	public void afterTransactionCompletion(Transaction tx) {
		for (Interceptor i : interceptors) {
			i.afterTransactionCompletion(tx);
		}
	}

	@Override
	public void beforeTransactionCompletion(Transaction tx) {
		for (Interceptor i : interceptors) {
			i.beforeTransactionCompletion(tx);
		}
	}

	@Override
	public void onCollectionRemove(Object collection, Serializable key) throws CallbackException {
		for (Interceptor i : interceptors) {
			i.onCollectionRemove(collection, key);
		}
	}

	@Override
	public void onCollectionRecreate(Object collection, Serializable key) throws CallbackException {
		for (Interceptor i : interceptors) {
			i.onCollectionRecreate(collection, key);
		}
	}

	@Override
	public void onCollectionUpdate(Object collection, Serializable key) throws CallbackException {
		for (Interceptor i : interceptors) {
			i.onCollectionUpdate(collection, key);
		}
	}
}
