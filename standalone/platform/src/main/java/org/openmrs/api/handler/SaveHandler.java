package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.OpenmrsObject;
import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.handler.SaveHandler}: run before service methods named save... or create....
 */
public interface SaveHandler<O extends OpenmrsObject> extends RequiredDataHandler<O> {

	@Override
	void handle(O object, User creator, Date dateCreated, String other);
}
