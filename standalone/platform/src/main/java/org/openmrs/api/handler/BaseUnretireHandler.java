package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.Retireable;
import org.openmrs.User;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.BaseUnretireHandler}: clears the retire fields.
 */
@Handler(supports = Retireable.class)
public class BaseUnretireHandler implements UnretireHandler<Retireable> {

	@Override
	public void handle(Retireable retireableObject, User retiringUser, Date origParentRetiredDate, String unused) {
		if (retireableObject.getRetired()
		        && (origParentRetiredDate == null || origParentRetiredDate.equals(retireableObject.getDateRetired()))) {
			retireableObject.setRetired(false);
			retireableObject.setRetiredBy(null);
			retireableObject.setDateRetired(null);
			retireableObject.setRetireReason(null);
		}
	}
}
