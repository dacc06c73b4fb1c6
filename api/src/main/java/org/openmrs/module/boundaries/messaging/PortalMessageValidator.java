package org.openmrs.module.boundaries.messaging;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.annotation.Handler;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * A message needs a body within the size limit. People's messages are held to the global property's limit; the
 * module's own texts (acknowledgements, staff notes) only to the column's size.
 */
@Handler(supports = { PortalMessage.class }, order = 50)
public class PortalMessageValidator implements Validator {

	@Override
	public boolean supports(Class<?> clazz) {
		return PortalMessage.class.isAssignableFrom(clazz);
	}

	@Override
	public void validate(Object target, Errors errors) {
		PortalMessage message = (PortalMessage) target;
		if (message.getSenderRole() == null) {
			errors.rejectValue("senderRole", "boundaries.error.senderRole.required", "Who sends the message is required");
		}
		String body = message.getBody();
		if (StringUtils.isBlank(body)) {
			errors.rejectValue("body", "boundaries.error.body.required", "Write a message");
			return;
		}
		boolean written = message.getSenderRole() == SenderRole.PATIENT || message.getSenderRole() == SenderRole.STAFF;
		int limit = written ? MessagingSettings.messageMaxLength() : BoundariesConstants.MESSAGE_MAX_LENGTH_CEILING;
		if (body.length() > limit) {
			errors.rejectValue("body", "boundaries.error.body.tooLong", new Object[] { limit },
			    "The message is longer than " + limit + " characters");
		}
	}
}
