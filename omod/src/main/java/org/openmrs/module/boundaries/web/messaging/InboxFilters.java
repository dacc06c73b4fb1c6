package org.openmrs.module.boundaries.web.messaging;

import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.messaging.InboxFilter;
import org.openmrs.module.boundaries.web.ApiErrors;

/** Inbox filters as the API spells them: {@code open}, {@code unread}, {@code awaitingReply}, {@code overdue}, {@code closed}. */
final class InboxFilters {

	private InboxFilters() {
	}

	static String parameterName(InboxFilter filter) {
		String[] words = filter.name().toLowerCase().split("_");
		StringBuilder name = new StringBuilder(words[0]);
		for (int i = 1; i < words.length; i++) {
			name.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
		}
		return name.toString();
	}

	static InboxFilter parse(String value) {
		if (value == null || value.isEmpty()) {
			return InboxFilter.OPEN;
		}
		for (InboxFilter filter : InboxFilter.values()) {
			if (parameterName(filter).equals(value)) {
				return filter;
			}
		}
		throw new InvalidRequestException("filter", ApiErrors.message("boundaries.messaging.error.filter", value));
	}
}
