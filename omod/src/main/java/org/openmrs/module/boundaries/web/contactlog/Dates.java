package org.openmrs.module.boundaries.web.contactlog;

import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.openmrs.module.boundaries.api.DateRange;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.web.ApiErrors;

/**
 * Dates as the log's requests carry them: calendar days as {@code yyyy-MM-dd} (the server's days, as OpenMRS keeps
 * them) and moments as ISO 8601 with an offset, e.g. {@code 2026-03-01T09:30:00.000+0000} or {@code ...Z}.
 */
final class Dates {

	private static final String DAY = "yyyy-MM-dd";

	private static final DateTimeFormatter INSTANT = new DateTimeFormatterBuilder()
	        .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME).optionalStart().appendOffset("+HH:MM", "Z").optionalEnd()
	        .optionalStart().appendOffset("+HHMM", "Z").optionalEnd().toFormatter();

	private Dates() {
	}

	static Date day(String field, String text) {
		if (text == null || text.trim().isEmpty()) {
			return null;
		}
		SimpleDateFormat format = new SimpleDateFormat(DAY);
		format.setLenient(false);
		try {
			String trimmed = text.trim();
			if (!trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
				throw new ParseException(trimmed, 0);
			}
			return inRange(field, format.parse(trimmed));
		}
		catch (ParseException e) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.contactlog.error.day", field));
		}
	}

	static Date instant(String field, String text) {
		if (text == null || text.trim().isEmpty()) {
			return null;
		}
		try {
			return inRange(field, Date.from(OffsetDateTime.parse(text.trim(), INSTANT).toInstant()));
		}
		catch (DateTimeParseException e) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.contactlog.error.instant", field));
		}
	}

	private static Date inRange(String field, Date date) {
		if (!DateRange.accepts(date)) {
			throw new InvalidRequestException(field, ApiErrors.message(DateRange.OUT_OF_RANGE));
		}
		return date;
	}

	static String day(Date date) {
		if (date == null) {
			return null;
		}
		// a shared formatter, not a SimpleDateFormat per day: the whole-year gift CSV formats two days a row
		return DateTimeFormatter.ISO_LOCAL_DATE.format(Instant.ofEpochMilli(date.getTime()).atZone(ZoneId.systemDefault()));
	}
}
