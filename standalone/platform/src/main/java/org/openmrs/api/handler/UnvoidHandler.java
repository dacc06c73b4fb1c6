package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.Voidable;
import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.handler.UnvoidHandler}: run before unvoid* service methods.
 */
public interface UnvoidHandler<V extends Voidable> extends RequiredDataHandler<V> {

	@Override
	void handle(V voidableObject, User voidingUser, Date origParentVoidedDate, String unused);
}
