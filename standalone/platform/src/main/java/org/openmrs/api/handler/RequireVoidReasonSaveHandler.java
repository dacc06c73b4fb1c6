package org.openmrs.api.handler;

import java.util.Date;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.User;
import org.openmrs.Voidable;
import org.openmrs.annotation.Handler;
import org.openmrs.api.APIException;

/**
 * Stand-in for {@code org.openmrs.api.handler.RequireVoidReasonSaveHandler}: a patient saved as voided needs a
 * void reason.
 */
@Handler(supports = { Patient.class })
public class RequireVoidReasonSaveHandler implements SaveHandler<Voidable> {

	@Override
	public void handle(Voidable voidableObject, User currentUser, Date currentDate, String notUsed) {
		if (voidableObject.getVoided() && StringUtils.isBlank(voidableObject.getVoidReason())) {
			throw new APIException("voided.bit.was.set.true", new Object[] { voidableObject, voidableObject.getClass() });
		}
	}
}
