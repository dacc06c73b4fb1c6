package org.openmrs.module.boundaries.contactlog;

import java.util.Calendar;
import java.util.Date;

import org.apache.commons.lang3.time.DateUtils;
import org.openmrs.module.boundaries.api.InvalidRequestException;

/** Days as the log's filters and reports take them: from and to, both included, each held as its midnight. */
final class Days {

	private Days() {
	}

	/** The midnight starting the date's day; null for none. */
	static Date start(Date date) {
		return date == null ? null : DateUtils.truncate(date, Calendar.DATE);
	}

	/** The midnight after the day (instants on the day are before it); null for none. */
	static Date after(Date day) {
		return day == null ? null : DateUtils.addDays(day, 1);
	}

	/** Refuses a last day before the first, naming {@code toDate}; either may be open (null). */
	static void requireInOrder(Date fromDay, Date toDay) {
		if (fromDay != null && toDay != null && toDay.before(fromDay)) {
			throw new InvalidRequestException("toDate", "toDate must not be before fromDate");
		}
	}
}
