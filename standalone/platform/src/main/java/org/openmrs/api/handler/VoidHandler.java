package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.Voidable;
import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.handler.VoidHandler}: run before void* service methods; the last argument is the reason.
 */
public interface VoidHandler<V extends Voidable> extends RequiredDataHandler<V> {

	@Override
	void handle(V voidableObject, User voidingUser, Date voidedDate, String voidReason);
}
