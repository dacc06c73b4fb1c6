package org.openmrs.module.boundaries.messaging;

import java.util.Locale;

import org.openmrs.api.context.Context;

/** Texts messaging writes into the record or sends (acknowledgements, notes, alerts, errors), from the module's messages. */
final class MessagingText {

	private MessagingText() {
	}

	/** In the signed-in user's locale. */
	static String get(String code, Object... args) {
		return get(Context.getLocale(), code, args);
	}

	static String get(Locale locale, String code, Object... args) {
		return Context.getMessageSourceService().getMessage(code, args, code, locale);
	}
}
