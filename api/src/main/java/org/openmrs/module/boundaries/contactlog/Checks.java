package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.Date;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.time.DateUtils;
import org.openmrs.Person;
import org.springframework.validation.Errors;

/**
 * The value checks the log's validators share. Error codes are {@code boundaries.error.<field>.<problem>}; the
 * messages live in messages.properties, the English defaults here for logs and tests. Text lengths are not checked
 * here: the platform checks every string against its mapped column on save ({@code error.exceededMaxLengthOfField}).
 */
final class Checks {

	/** How far ahead of the server's clock a reported time may be, to allow for clock differences. */
	static final long CLOCK_SKEW_MILLIS = 60_000L;

	/** Earliest plausible date for anything in the log; anything earlier is a typing mistake. */
	private static final Date EARLIEST = new Date(-2208988800000L);

	private Checks() {
	}

	static void required(Errors errors, String field, Object value) {
		if (value == null || value instanceof String && StringUtils.isBlank((String) value)) {
			errors.rejectValue(field, "boundaries.error." + field + ".required", "This field is required.");
		}
	}

	/** A moment that must already have happened (a minute's grace for clocks) and not before 1900. */
	static void past(Errors errors, String field, Date value) {
		if (value == null) {
			return;
		}
		if (value.getTime() > System.currentTimeMillis() + CLOCK_SKEW_MILLIS) {
			errors.rejectValue(field, "boundaries.error." + field + ".future", "This cannot be in the future.");
		} else if (value.before(EARLIEST)) {
			errors.rejectValue(field, "boundaries.error." + field + ".tooEarly", "This date is too far in the past.");
		}
	}

	/** A calendar day that must be today or earlier, and not before 1900. */
	static void pastDay(Errors errors, String field, Date value) {
		if (value == null) {
			return;
		}
		Date today = DateUtils.truncate(new Date(), Calendar.DATE);
		if (DateUtils.truncate(value, Calendar.DATE).after(today)) {
			errors.rejectValue(field, "boundaries.error." + field + ".future", "This cannot be in the future.");
		} else if (value.before(EARLIEST)) {
			errors.rejectValue(field, "boundaries.error." + field + ".tooEarly", "This date is too far in the past.");
		}
	}

	/** {@code value} must not be a day before {@code earliest}'s day. */
	static void notBeforeDay(Errors errors, String field, Date value, Date earliest, String problem) {
		if (value != null && earliest != null
		        && DateUtils.truncate(value, Calendar.DATE).before(DateUtils.truncate(earliest, Calendar.DATE))) {
			errors.rejectValue(field, "boundaries.error." + field + "." + problem, "This date is too early.");
		}
	}

	static void amount(Errors errors, String field, BigDecimal value, BigDecimal max) {
		if (value == null) {
			return;
		}
		if (value.signum() < 0) {
			errors.rejectValue(field, "boundaries.error." + field + ".negative", "This cannot be negative.");
		} else if (value.compareTo(max) > 0) {
			errors.rejectValue(field, "boundaries.error." + field + ".tooLarge", new Object[] { max.toPlainString() },
			    "At most " + max.toPlainString() + ".");
		} else if (value.stripTrailingZeros().scale() > 2) {
			errors.rejectValue(field, "boundaries.error." + field + ".precision", "At most two decimal places.");
		}
	}

	static boolean samePerson(Person a, Person b) {
		return a != null && b != null && a.getPersonId() != null && a.getPersonId().equals(b.getPersonId());
	}
}
