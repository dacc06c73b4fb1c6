package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.Retireable;
import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.handler.UnretireHandler}: run before unretire* service methods.
 */
public interface UnretireHandler<R extends Retireable> extends RequiredDataHandler<R> {

	@Override
	void handle(R retireableObject, User retiringUser, Date origParentRetiredDate, String unused);
}
