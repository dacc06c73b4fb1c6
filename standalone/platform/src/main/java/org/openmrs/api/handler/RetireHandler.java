package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.Retireable;
import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.handler.RetireHandler}: run before retire* service methods; the last argument is the reason.
 */
public interface RetireHandler<R extends Retireable> extends RequiredDataHandler<R> {

	@Override
	void handle(R retireableObject, User retiringUser, Date retireDate, String retireReason);
}
