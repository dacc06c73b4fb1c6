package org.openmrs.module.boundaries.api;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;

/**
 * The dates the module accepts in what users enter: years 1900 to 9999. Every supported database stores them (MariaDB's
 * DATETIME starts at year 1000, so a year-1 date would fail there with a server error) and no record of a clinic
 * needs others.
 */
public final class DateRange {

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 9999;

	public static final String OUT_OF_RANGE = "boundaries.error.date.outOfRange";

	private DateRange() {
	}

	/** True for a date in the range, and for none. */
	public static boolean accepts(Date date) {
		if (date == null) {
			return true;
		}
		Calendar calendar = new GregorianCalendar();
		calendar.setTime(date);
		int year = calendar.get(Calendar.YEAR);
		return calendar.get(Calendar.ERA) == GregorianCalendar.AD && year >= FIRST_YEAR && year <= LAST_YEAR;
	}
}
