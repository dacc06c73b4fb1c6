package org.openmrs.module.boundaries.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.util.Date;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

public class JsonTest {

	private static final long MOMENT = 1772357400123L; // 2026-03-01T09:30:00.123Z

	private final TimeZone serverZone = TimeZone.getDefault();

	@AfterEach
	public void restoreServerZone() {
		TimeZone.setDefault(serverZone);
	}

	@Test
	public void datesAreWrittenInTheRestApiFormatInUtcWhateverTheServersZone() {
		TimeZone.setDefault(TimeZone.getTimeZone("Africa/Nairobi"));

		assertEquals("2026-03-01T09:30:00.123+0000", Json.date(new Date(MOMENT)));
	}

	@Test
	public void datesReadFromTheDatabaseAreWrittenTheSameWay() {
		assertEquals("2026-03-01T09:30:00.123+0000", Json.date(new Timestamp(MOMENT)));
		assertEquals("2026-03-01T09:30:00.123+0000", Json.date(new java.sql.Date(MOMENT)));
	}

	@Test
	public void noDateIsNull() {
		assertNull(Json.date(null));
	}
}
