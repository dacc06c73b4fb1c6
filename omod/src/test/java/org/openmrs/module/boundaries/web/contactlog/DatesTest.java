package org.openmrs.module.boundaries.web.contactlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class DatesTest {

	private final TimeZone serverZone = TimeZone.getDefault();

	@AfterEach
	public void restoreServerZone() {
		TimeZone.setDefault(serverZone);
	}

	@Test
	public void aDayIsWrittenAsTheServersCalendarDay() {
		TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Auckland"));
		Date lateEveningUtc = new Date(1772398800000L); // 2026-03-01T21:00Z, 2 March 10:00 in Auckland

		assertEquals("2026-03-02", Dates.day(lateEveningUtc));
	}

	@Test
	public void aDayReadBackIsTheDayThatWasSent() {
		assertEquals("1900-01-01", Dates.day(Dates.day("offeredOn", "1900-01-01")));
		assertEquals("2025-06-01", Dates.day(Dates.day("offeredOn", "2025-06-01")));
	}

	@Test
	public void noDayIsNull() {
		assertNull(Dates.day((Date) null));
	}
}
