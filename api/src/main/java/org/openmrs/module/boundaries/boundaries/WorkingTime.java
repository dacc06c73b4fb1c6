package org.openmrs.module.boundaries.boundaries;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * A provider's working week: the working days (all days when unset) and the working hours of each (the whole day
 * when unset), in one time zone. Counts reply times in working time and tells working time from out of hours.
 */
final class WorkingTime {

	private final Set<DayOfWeek> days;

	private final LocalTime start;

	/** Null means midnight at the end of the day. */
	private final LocalTime end;

	private final ZoneId zone;

	WorkingTime(Set<DayOfWeek> days, LocalTime start, LocalTime end, ZoneId zone) {
		this.days = days == null || days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : Collections.unmodifiableSet(EnumSet.copyOf(days));
		boolean hoursSet = start != null && end != null;
		this.start = hoursSet ? start : LocalTime.MIDNIGHT;
		this.end = hoursSet ? end : null;
		this.zone = zone;
	}

	/** The length of one working day. */
	Duration dayLength() {
		return end == null ? Duration.ofDays(1) : Duration.between(start, end);
	}

	boolean isWorkingTime(ZonedDateTime at) {
		ZonedDateTime local = at.withZoneSameInstant(zone);
		if (!days.contains(local.getDayOfWeek())) {
			return false;
		}
		LocalTime time = local.toLocalTime();
		return !time.isBefore(start) && (end == null || time.isBefore(end));
	}

	/**
	 * The moment {@code amount} of working time has passed after {@code from}: time outside working hours and days
	 * does not count, so a message sent on a Saturday starts counting when Monday's working hours begin.
	 */
	ZonedDateTime addWorkingTime(ZonedDateTime from, Duration amount) {
		ZonedDateTime cursor = from.withZoneSameInstant(zone);
		Duration remaining = amount;
		while (true) {
			LocalDate day = cursor.toLocalDate();
			if (days.contains(day.getDayOfWeek())) {
				ZonedDateTime periodStart = max(cursor, day.atTime(start).atZone(zone));
				ZonedDateTime periodEnd = end == null ? day.plusDays(1).atStartOfDay(zone) : day.atTime(end).atZone(zone);
				if (periodStart.isBefore(periodEnd)) {
					Duration available = Duration.between(periodStart, periodEnd);
					if (remaining.compareTo(available) <= 0) {
						return periodStart.plus(remaining);
					}
					remaining = remaining.minus(available);
				}
			}
			cursor = day.plusDays(1).atStartOfDay(zone);
		}
	}

	private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
		return a.isAfter(b) ? a : b;
	}
}
