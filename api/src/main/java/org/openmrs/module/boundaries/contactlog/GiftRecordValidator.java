package org.openmrs.module.boundaries.contactlog;

import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks a gift before it goes in the register; run by the platform on every save. */
@Handler(supports = { GiftRecord.class }, order = 50)
public class GiftRecordValidator implements Validator {

	private static final String CURRENCY_CODE = "[A-Z]{3}";

	@Override
	public boolean supports(Class<?> type) {
		return GiftRecord.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		GiftRecord gift = (GiftRecord) target;
		Checks.required(errors, "patient", gift.getPatient());
		Checks.required(errors, "description", gift.getDescription());
		Checks.required(errors, "kind", gift.getKind());
		Checks.required(errors, "estimatedValue", gift.getEstimatedValue());
		Checks.amount(errors, "estimatedValue", gift.getEstimatedValue(), GiftRecord.MAX_VALUE);
		Checks.required(errors, "currency", gift.getCurrency());
		if (gift.getCurrency() != null && !gift.getCurrency().matches(CURRENCY_CODE)) {
			errors.rejectValue("currency", "boundaries.error.currency.invalid",
			    "Use a three-letter ISO 4217 currency code, such as GBP.");
		}
		if (gift.getRecipientProvider() == null && gift.getRecipientUser() == null) {
			errors.rejectValue("recipientProvider", "boundaries.error.recipientProvider.required",
			    "Say to whom the gift was offered: a provider or a member of staff.");
		}
		Checks.required(errors, "donor", gift.getDonor());
		Checks.required(errors, "offeredOn", gift.getOfferedOn());
		Checks.pastDay(errors, "offeredOn", gift.getOfferedOn());
		Checks.required(errors, "decision", gift.getDecision());
		Checks.pastDay(errors, "declaredOn", gift.getDeclaredOn());
		Checks.notBeforeDay(errors, "declaredOn", gift.getDeclaredOn(), gift.getOfferedOn(), "beforeOffer");
		if (gift.getCorrects() != null && !Checks.samePerson(gift.getCorrects().getPatient(), gift.getPatient())) {
			errors.rejectValue("corrects", "boundaries.error.corrects.otherPatient",
			    "A correction must be on the same patient's chart.");
		}
	}
}
