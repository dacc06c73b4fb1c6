package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.User;
import org.openmrs.Voidable;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.BaseUnvoidHandler}: clears the void fields of an object voided at
 * the same time as its parent (or of the object itself).
 */
@Handler(supports = { Voidable.class }, order = 10)
public class BaseUnvoidHandler implements UnvoidHandler<Voidable> {

	@Override
	public void handle(Voidable voidableObject, User voidingUser, Date origParentVoidedDate, String unused) {
		if (voidableObject.getVoided()
		        && (origParentVoidedDate == null || origParentVoidedDate.equals(voidableObject.getDateVoided()))) {
			voidableObject.setVoided(false);
			voidableObject.setVoidedBy(null);
			voidableObject.setDateVoided(null);
			voidableObject.setVoidReason(null);
		}
	}
}
