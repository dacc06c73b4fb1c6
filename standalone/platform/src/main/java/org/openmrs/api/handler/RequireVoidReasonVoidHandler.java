package org.openmrs.api.handler;

import java.util.Date;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.User;
import org.openmrs.Voidable;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.RequireVoidReasonVoidHandler}: voiding a patient needs a reason
 * (the real one also covers encounters, observations, cohorts and orders).
 */
@Handler(supports = { Patient.class }, order = 1)
public class RequireVoidReasonVoidHandler implements VoidHandler<Voidable> {

	@Override
	public void handle(Voidable voidableObject, User voidingUser, Date voidedDate, String voidReason) {
		if (StringUtils.isBlank(voidReason)) {
			throw new IllegalArgumentException("The 'reason' argument is required");
		}
	}
}
