package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.User;
import org.openmrs.Voidable;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.BaseVoidHandler}: sets voided, the reason, voidedBy and dateVoided
 * (keeping those already set) unless the object is already fully voided.
 */
@Handler(supports = Voidable.class)
public class BaseVoidHandler implements VoidHandler<Voidable> {

	@Override
	public void handle(Voidable voidableObject, User voidingUser, Date voidedDate, String voidReason) {
		if (!voidableObject.getVoided() || voidableObject.getVoidedBy() == null) {
			voidableObject.setVoided(true);
			voidableObject.setVoidReason(voidReason);
			if (voidableObject.getVoidedBy() == null) {
				voidableObject.setVoidedBy(voidingUser);
			}
			if (voidableObject.getDateVoided() == null) {
				voidableObject.setDateVoided(voidedDate);
			}
		}
	}
}
