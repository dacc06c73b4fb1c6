package org.openmrs.module.boundaries.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;
import java.util.GregorianCalendar;

import org.junit.jupiter.api.Test;

public class DateRangeTest {

	@Test
	public void acceptsTodayTheLimitsAndNoDate() {
		assertTrue(DateRange.accepts(new Date()));
		assertTrue(DateRange.accepts(new GregorianCalendar(1900, 0, 1).getTime()));
		assertTrue(DateRange.accepts(new GregorianCalendar(9999, 11, 31).getTime()));
		assertTrue(DateRange.accepts(null));
	}

	@Test
	public void refusesYearsADatabaseCannotStoreOrNoClinicNeeds() {
		assertFalse(DateRange.accepts(new GregorianCalendar(1, 0, 1).getTime()));
		assertFalse(DateRange.accepts(new GregorianCalendar(1899, 11, 31).getTime()));
		assertFalse(DateRange.accepts(new GregorianCalendar(10000, 0, 1).getTime()));
		GregorianCalendar beforeChrist = new GregorianCalendar(2000, 0, 1);
		beforeChrist.set(GregorianCalendar.ERA, GregorianCalendar.BC);
		assertFalse(DateRange.accepts(beforeChrist.getTime()));
	}
}
