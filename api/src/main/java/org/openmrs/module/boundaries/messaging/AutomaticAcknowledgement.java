package org.openmrs.module.boundaries.messaging;

import java.text.DateFormat;
import java.util.Date;
import java.util.Locale;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.boundaries.EffectiveBoundaries;

/**
 * The text of the automatic acknowledgement a patient gets on sending: that the message arrived, the provider's usual
 * reply time and when to expect an answer, that it was sent out of hours when it was, and what to do instead in an
 * emergency. Written in the patient's locale at the time of sending and kept in the thread as sent.
 */
final class AutomaticAcknowledgement {

	private AutomaticAcknowledgement() {
	}

	static String text(Provider provider, EffectiveBoundaries terms, Date sentAt, Date replyDueBy) {
		Locale locale = Context.getLocale();
		String name = Names.of(provider);
		StringBuilder text = new StringBuilder(MessagingText.get("boundaries.messaging.autoAck.received", name));
		if (terms.getReplyTimeValue() != null && terms.getReplyTimeUnit() != null && replyDueBy != null) {
			String replyTime = MessagingText.get("boundaries.messaging.replyTime." + terms.getReplyTimeUnit().name(),
			    terms.getReplyTimeValue());
			String due = DateFormat.getDateTimeInstance(DateFormat.FULL, DateFormat.SHORT, locale).format(replyDueBy);
			text.append(' ').append(MessagingText.get("boundaries.messaging.autoAck.replyTime", name, replyTime, due));
		}
		if (terms.isOutOfHours(sentAt)) {
			text.append("\n\n").append(MessagingText.get("boundaries.messaging.autoAck.outOfHours", name));
			if (StringUtils.isNotBlank(terms.getOutOfHoursInstructions())) {
				text.append(' ').append(terms.getOutOfHoursInstructions().trim());
			}
		}
		text.append("\n\n").append(StringUtils.isBlank(terms.getEmergencyInstructions())
		        ? MessagingText.get("boundaries.messaging.autoAck.emergencyDefault")
		        : MessagingText.get("boundaries.messaging.autoAck.emergency", terms.getEmergencyInstructions().trim()));
		return text.toString();
	}
}
