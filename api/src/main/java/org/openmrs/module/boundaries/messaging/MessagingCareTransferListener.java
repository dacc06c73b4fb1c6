package org.openmrs.module.boundaries.messaging;

import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.contactlog.CareTransfer;
import org.openmrs.module.boundaries.contactlog.CareTransferListener;
import org.springframework.stereotype.Component;

/** A transfer of care recorded in the contact log moves the patient's messaging with it, in the same transaction. */
@Component
public class MessagingCareTransferListener implements CareTransferListener {

	@Override
	public void careTransferred(CareTransfer transfer) {
		Context.getService(MessagingService.class).transferPatientMessaging(transfer.getPatient(),
		    transfer.getFromProvider(), transfer.getToProvider(), transfer.getReason());
	}
}
