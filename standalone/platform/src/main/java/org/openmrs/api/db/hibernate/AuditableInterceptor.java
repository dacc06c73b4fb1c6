package org.openmrs.api.db.hibernate;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.CallbackException;
import org.hibernate.EmptyInterceptor;
import org.hibernate.collection.internal.PersistentSet;
import org.hibernate.type.Type;
import org.openmrs.Auditable;
import org.openmrs.OpenmrsObject;
import org.openmrs.User;
import org.openmrs.api.context.Context;

/**
 * Stand-in for {@code org.openmrs.api.db.hibernate.AuditableInterceptor}: on insert, fills an empty
 * creator/dateCreated (and personCreator/personDateCreated) with the signed-in user and now; on a dirty flush of
 * an {@link Auditable}, sets changedBy/dateChanged (and the person* equivalents).
 */
public class AuditableInterceptor extends EmptyInterceptor {

	private static final long serialVersionUID = 1L;

	@Override
	public boolean onSave(Object entity, Serializable id, Object[] entityCurrentState, String[] propertyNames, Type[] types) {
		return setCreatorAndDateCreatedIfNull(entity, entityCurrentState, propertyNames);
	}

	@Override
	public boolean onFlushDirty(Object entity, Serializable id, Object[] currentState, Object[] previousState,
	        String[] propertyNames, Type[] types) throws CallbackException {
		boolean objectWasChanged = setCreatorAndDateCreatedIfNull(entity, currentState, propertyNames);
		if (entity instanceof Auditable && propertyNames != null) {
			Map<String, Object> values = new HashMap<>();
			values.put("changedBy", Context.getAuthenticatedUser());
			values.put("dateChanged", new Date());
			values.put("personChangedBy", Context.getAuthenticatedUser());
			values.put("personDateChanged", new Date());
			objectWasChanged = changeProperties(currentState, propertyNames, objectWasChanged, values, false);
		}
		return objectWasChanged;
	}

	@Override
	public void onCollectionRecreate(Object collection, Serializable key) throws CallbackException {
		handleCollectionChange(collection);
	}

	@Override
	public void onCollectionUpdate(Object collection, Serializable key) throws CallbackException {
		handleCollectionChange(collection);
	}

	@Override
	public void onCollectionRemove(Object collection, Serializable key) throws CallbackException {
		handleCollectionChange(collection);
	}

	private boolean setCreatorAndDateCreatedIfNull(Object entity, Object[] currentState, String[] propertyNames) {
		if (!(entity instanceof OpenmrsObject)) {
			return false;
		}
		Map<String, Object> values = new HashMap<>();
		values.put("creator", Context.getAuthenticatedUser());
		values.put("dateCreated", new Date());
		values.put("personCreator", Context.getAuthenticatedUser());
		values.put("personDateCreated", new Date());
		return changeProperties(currentState, propertyNames, false, values, true);
	}

	private boolean changeProperties(Object[] currentState, String[] propertyNames, boolean objectWasChanged,
	        Map<String, Object> propertyValues, boolean setNullOnly) {
		for (Map.Entry<String, Object> e : propertyValues.entrySet()) {
			if (changePropertyValue(currentState, propertyNames, e.getKey(), e.getValue(), setNullOnly)) {
				objectWasChanged = true;
			}
		}
		return objectWasChanged;
	}

	private boolean changePropertyValue(Object[] currentState, String[] propertyNames, String propertyToSet, Object value,
	        boolean setNullOnly) {
		if (value == null) {
			return false;
		}
		int index = Arrays.asList(propertyNames).indexOf(propertyToSet);
		if (index >= 0 && (currentState[index] == null || !setNullOnly) && !value.equals(currentState[index])) {
			currentState[index] = value;
			return true;
		}
		return false;
	}

	/** A change to a user's roles marks the user as changed. */
	private void handleCollectionChange(Object collection) {
		if (collection instanceof PersistentSet) {
			PersistentSet persistentCollection = (PersistentSet) collection;
			if ("org.openmrs.User.roles".equals(persistentCollection.getRole())) {
				Object owner = persistentCollection.getOwner();
				if (owner instanceof User) {
					User user = (User) owner;
					if (user.getCreator() != null) {
						user.setChangedBy(Context.getAuthenticatedUser());
						user.setDateChanged(new Date());
					}
				}
			}
		}
	}
}
