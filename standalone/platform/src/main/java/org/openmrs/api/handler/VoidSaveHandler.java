package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.User;
import org.openmrs.Voidable;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.VoidSaveHandler}: on save, a voided object gets voidedBy/dateVoided
 * if missing; an unvoided one loses its void fields.
 */
@Handler(supports = Voidable.class)
public class VoidSaveHandler implements SaveHandler<Voidable> {

	@Override
	public void handle(Voidable voidableObject, User currentUser, Date currentDate, String notUsed) {
		if (voidableObject.getVoided()) {
			if (voidableObject.getVoidedBy() == null) {
				voidableObject.setVoidedBy(currentUser);
			}
			if (voidableObject.getDateVoided() == null) {
				voidableObject.setDateVoided(currentDate);
			}
		} else {
			voidableObject.setVoidedBy(null);
			voidableObject.setDateVoided(null);
			voidableObject.setVoidReason(null);
		}
	}
}
