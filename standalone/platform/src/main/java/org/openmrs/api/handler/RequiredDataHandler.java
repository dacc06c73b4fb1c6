package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.OpenmrsObject;
import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.handler.RequiredDataHandler}: fills in required data on an object before a
 * save, void, unvoid, retire or unretire service call. Implementations are found by their {@code @Handler}.
 */
public interface RequiredDataHandler<O extends OpenmrsObject> {

	void handle(O openmrsObject, User currentUser, Date currentDate, String other);
}
