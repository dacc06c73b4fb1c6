package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.Retireable;
import org.openmrs.User;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.BaseRetireHandler}: sets retired, the reason, retiredBy and
 * dateRetired (keeping those already set) unless the object is already fully retired.
 */
@Handler(supports = Retireable.class)
public class BaseRetireHandler implements RetireHandler<Retireable> {

	@Override
	public void handle(Retireable retireableObject, User retiringUser, Date retireDate, String retireReason) {
		if (!retireableObject.getRetired() || retireableObject.getRetiredBy() == null) {
			retireableObject.setRetired(true);
			retireableObject.setRetireReason(retireReason);
			if (retireableObject.getRetiredBy() == null) {
				retireableObject.setRetiredBy(retiringUser);
			}
			if (retireableObject.getDateRetired() == null) {
				retireableObject.setDateRetired(retireDate);
			}
		}
	}
}
