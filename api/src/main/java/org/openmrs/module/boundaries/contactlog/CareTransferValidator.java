package org.openmrs.module.boundaries.contactlog;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks a transfer of care before it is recorded; run by the platform on every save. */
@Handler(supports = { CareTransfer.class }, order = 50)
public class CareTransferValidator implements Validator {

	@Override
	public boolean supports(Class<?> type) {
		return CareTransfer.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		CareTransfer transfer = (CareTransfer) target;
		Checks.required(errors, "patient", transfer.getPatient());
		Checks.required(errors, "fromProvider", transfer.getFromProvider());
		Checks.required(errors, "toProvider", transfer.getToProvider());
		if (transfer.getFromProvider() != null && transfer.getFromProvider().equals(transfer.getToProvider())) {
			errors.rejectValue("toProvider", "boundaries.error.toProvider.same",
			    "Care must go to a different provider.");
		}
		if (StringUtils.isBlank(transfer.getReason())) {
			errors.rejectValue("reason", "boundaries.error.transferReason.required", "Give the reason for the transfer.");
		}
		Checks.required(errors, "effectiveDate", transfer.getEffectiveDate());
		if (transfer.isToldInWriting()) {
			Checks.required(errors, "letterDate", transfer.getLetterDate());
		} else if (transfer.getLetterDate() != null) {
			errors.rejectValue("letterDate", "boundaries.error.letterDate.notToldInWriting",
			    "A letter date only applies when the patient was told in writing.");
		}
		Checks.pastDay(errors, "letterDate", transfer.getLetterDate());
		Checks.pastDay(errors, "recordsPassedOn", transfer.getRecordsPassedOn());
	}
}
