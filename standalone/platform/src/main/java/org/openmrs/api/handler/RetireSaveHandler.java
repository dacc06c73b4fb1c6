package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.Retireable;
import org.openmrs.User;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.RetireSaveHandler}: on save, a retired object gets
 * retiredBy/dateRetired if missing; an unretired one loses its retire fields.
 */
@Handler(supports = Retireable.class)
public class RetireSaveHandler implements SaveHandler<Retireable> {

	@Override
	public void handle(Retireable retireableObject, User currentUser, Date currentDate, String notUsed) {
		if (retireableObject.getRetired()) {
			if (retireableObject.getRetiredBy() == null) {
				retireableObject.setRetiredBy(currentUser);
			}
			if (retireableObject.getDateRetired() == null) {
				retireableObject.setDateRetired(currentDate);
			}
		} else {
			retireableObject.setRetiredBy(null);
			retireableObject.setDateRetired(null);
			retireableObject.setRetireReason(null);
		}
	}
}
