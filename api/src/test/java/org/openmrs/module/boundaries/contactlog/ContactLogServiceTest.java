package org.openmrs.module.boundaries.contactlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;

import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;

public class ContactLogServiceTest extends ContactLogTestSupport {

	@Test
	public void aPatientsLogListsItsEntriesNewestFirstLeavingOutVoidedOnes() {
		Page<ContactLogEntry> page = service.getContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE, Paging.first(10));
		assertEquals(Arrays.asList(CONCERN, ROUTINE_CALL), uuids(page));
		assertFalse(page.hasMore());
	}

	@Test
	public void theLogIsPagedInTheDatabase() {
		Page<ContactLogEntry> first = service.getContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE, Paging.first(1));
		assertEquals(1, first.getRows().size());
		assertTrue(first.hasMore());
		Page<ContactLogEntry> second = service.getContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE, Paging.of(1, 1));
		assertEquals(Collections.singletonList(ROUTINE_CALL), uuids(second));
		assertFalse(second.hasMore());
	}

	@Test
	public void theLogNarrowsToOneCategory() {
		ContactLogFilter concerns = new ContactLogFilter(ContactCategory.BOUNDARY_CONCERN, null, null, null);
		assertEquals(Collections.singletonList(CONCERN),
		    uuids(service.getContactLogEntries(patient(HORATIO), false, concerns, Paging.first(10))));
	}

	@Test
	public void theLogNarrowsToOneKindOfConcern() {
		ContactLogFilter socialMedia = new ContactLogFilter(null, ConcernKind.SOCIAL_MEDIA_CONTACT, null, null);
		assertTrue(service.getContactLogEntries(patient(HORATIO), false, socialMedia, Paging.first(10)).getRows()
		        .isEmpty());
	}

	@Test
	public void theLogNarrowsToTheDaysAContactOccurredOnBothIncluded() {
		ContactLogFilter march = new ContactLogFilter(null, null, day("2025-03-01"), day("2025-03-01"));
		assertEquals(Collections.singletonList(ROUTINE_CALL),
		    uuids(service.getContactLogEntries(patient(HORATIO), false, march, Paging.first(10))));
		ContactLogFilter fromApril = new ContactLogFilter(null, null, day("2025-04-02"), null);
		assertEquals(Collections.singletonList(CONCERN),
		    uuids(service.getContactLogEntries(patient(HORATIO), false, fromApril, Paging.first(10))));
	}

	@Test
	public void aFilterEndingBeforeItStartsIsRefused() {
		assertThrows(InvalidRequestException.class,
		    () -> new ContactLogFilter(null, null, day("2025-04-02"), day("2025-04-01")));
	}

	@Test
	public void theLogCountsItsEntriesOverAllPagesAsFiltered() {
		ContactLogFilter concerns = new ContactLogFilter(ContactCategory.BOUNDARY_CONCERN, null, null, null);
		assertEquals(2, service.countContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE));
		assertEquals(1, service.countContactLogEntries(patient(HORATIO), false, concerns));
		signInAs("doctor");
		assertEquals(2, service.countContactLogEntries(patient(HORATIO), true, concerns));
	}

	@Test
	public void aReaderWithoutTheVoidPrivilegeCannotCountVoidedEntries() {
		signInAs("reader");
		assertThrows(APIAuthenticationException.class,
		    () -> service.countContactLogEntries(patient(HORATIO), true, ContactLogFilter.NONE));
	}

	@Test
	public void holdersOfTheVoidPrivilegeMayListVoidedEntriesToo() {
		signInAs("doctor");
		Page<ContactLogEntry> page = service.getContactLogEntries(patient(HORATIO), true, ContactLogFilter.NONE, Paging.first(10));
		assertEquals(3, page.getRows().size());
		assertTrue(page.getRows().stream().anyMatch(entry -> entry.getUuid().equals(VOIDED_ENTRY) && entry.getVoided()));
	}

	@Test
	public void aReaderWithoutTheVoidPrivilegeCannotListVoidedEntries() {
		signInAs("reader");
		assertThrows(APIAuthenticationException.class,
		    () -> service.getContactLogEntries(patient(HORATIO), true, ContactLogFilter.NONE, Paging.first(10)));
	}

	@Test
	public void aVoidedEntryIsNotFoundByUuidWithoutTheVoidPrivilege() {
		signInAs("reader");
		assertFalse(service.getContactLogEntryByUuid(VOIDED_ENTRY).isPresent());
		assertTrue(service.getContactLogEntryByUuid(ROUTINE_CALL).isPresent());
	}

	@Test
	public void savingAnEntryRecordsWhoRecordedItAndWhen() {
		signInAs("doctor");
		ContactLogEntry saved = service.saveContactLogEntry(routineContact());
		assertNotNull(saved.getId());
		assertEquals("doctor", saved.getCreator().getUsername());
		assertNotNull(saved.getDateCreated());
		assertNotNull(saved.getUuid());
	}

	@Test
	public void actionsTakenAreKeptWithTheEntry() {
		ContactLogEntry entry = routineContact();
		entry.setCategory(ContactCategory.BOUNDARY_CONCERN);
		entry.setConcernKind(ConcernKind.EXCESSIVE_CONTACT);
		entry.setSeverity(ConcernSeverity.LOW);
		entry.setActions(EnumSet.of(ActionTaken.PRACTICE_MANAGER_INFORMED, ActionTaken.PATIENT_TOLD_OF_BOUNDARIES));
		String uuid = service.saveContactLogEntry(entry).getUuid();
		Context.flushSession();
		Context.clearSession();
		assertEquals(EnumSet.of(ActionTaken.PATIENT_TOLD_OF_BOUNDARIES, ActionTaken.PRACTICE_MANAGER_INFORMED),
		    service.getContactLogEntryByUuid(uuid).get().getActions());
	}

	@Test
	public void anEntryAlreadySavedCannotBeSavedAgain() {
		ContactLogEntry existing = service.getContactLogEntryByUuid(ROUTINE_CALL).get();
		existing.setSummary("Rewritten history");
		assertThrows(ConflictException.class, () -> service.saveContactLogEntry(existing));
	}

	@Test
	public void aBoundaryConcernNeedsItsKindAndSeverity() {
		ContactLogEntry entry = routineContact();
		entry.setCategory(ContactCategory.BOUNDARY_CONCERN);
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveContactLogEntry(entry));
		assertEquals("concernKind,severity", fieldOf(refused));
	}

	@Test
	public void onlyABoundaryConcernHasAKindAndSeverity() {
		ContactLogEntry entry = routineContact();
		entry.setConcernKind(ConcernKind.FINANCIAL);
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveContactLogEntry(entry));
		assertEquals("concernKind", fieldOf(refused));
	}

	@Test
	public void aContactMoreThanAMinuteInTheFutureIsRefused() {
		ContactLogEntry entry = routineContact();
		entry.setOccurredAt(new Date(System.currentTimeMillis() + 5 * 60_000L));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveContactLogEntry(entry));
		assertEquals("occurredAt", fieldOf(refused));
	}

	@Test
	public void aContactAFewSecondsAheadOfTheServerClockIsAccepted() {
		ContactLogEntry entry = routineContact();
		entry.setOccurredAt(new Date(System.currentTimeMillis() + 20_000L));
		assertNotNull(service.saveContactLogEntry(entry).getId());
	}

	@Test
	public void anOverlongSummaryIsRefused() {
		ContactLogEntry entry = routineContact();
		entry.setSummary(StringUtils.repeat('x', ContactLogEntry.SUMMARY_MAX_LENGTH + 1));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveContactLogEntry(entry));
		assertEquals("summary", fieldOf(refused));
	}

	@Test
	public void anEntrySaysWhoWasInvolved() {
		ContactLogEntry entry = routineContact();
		entry.setProvider(null);
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveContactLogEntry(entry));
		assertEquals("provider", fieldOf(refused));
		entry.setStaffUser(Context.getAuthenticatedUser());
		assertNotNull(service.saveContactLogEntry(entry).getId());
	}

	@Test
	public void anOtherActionNeedsANoteSayingWhatItWas() {
		ContactLogEntry entry = routineContact();
		entry.setActions(EnumSet.of(ActionTaken.OTHER));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveContactLogEntry(entry));
		assertEquals("actionsNote", fieldOf(refused));
	}

	@Test
	public void aFollowUpCannotBeBeforeTheContact() {
		ContactLogEntry entry = routineContact();
		entry.setFollowUpDate(day("2020-01-01"));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveContactLogEntry(entry));
		assertEquals("followUpDate", fieldOf(refused));
	}

	@Test
	public void voidingRecordsWhoVoidedTheEntryWhenAndWhy() {
		signInAs("doctor");
		ContactLogEntry entry = service.getContactLogEntryByUuid(ROUTINE_CALL).get();
		service.voidContactLogEntry(entry, "Logged on the wrong chart");
		Context.flushSession();
		Context.clearSession();
		ContactLogEntry voided = service.getContactLogEntryByUuid(ROUTINE_CALL).get();
		assertTrue(voided.getVoided());
		assertEquals("Logged on the wrong chart", voided.getVoidReason());
		assertEquals("doctor", voided.getVoidedBy().getUsername());
		assertNotNull(voided.getDateVoided());
	}

	@Test
	public void voidingWithoutAReasonIsRefusedAndChangesNothing() {
		ContactLogEntry entry = service.getContactLogEntryByUuid(ROUTINE_CALL).get();
		InvalidRequestException refused = assertThrows(InvalidRequestException.class,
		    () -> service.voidContactLogEntry(entry, " "));
		assertEquals("reason", refused.getField());
		Context.flushSession();
		Context.clearSession();
		assertFalse(service.getContactLogEntryByUuid(ROUTINE_CALL).get().getVoided());
	}

	@Test
	public void aReaderCannotVoidEntries() {
		signInAs("reader");
		ContactLogEntry entry = service.getContactLogEntryByUuid(ROUTINE_CALL).get();
		assertThrows(APIAuthenticationException.class, () -> service.voidContactLogEntry(entry, "Mistake"));
	}

	@Test
	public void aCorrectionIsANewEntryLinkedToTheOriginalWhichIsVoidedWithTheReason() {
		signInAs("doctor");
		ContactLogEntry original = service.getContactLogEntryByUuid(ROUTINE_CALL).get();
		ContactLogEntry correction = routineContact();
		correction.setSummary("Asked about blood test results");
		ContactLogEntry saved = service.correctContactLogEntry(original, correction, "Said which test");
		assertSame(original, saved.getCorrects());
		assertTrue(original.getVoided());
		assertEquals("Said which test", original.getVoidReason());
		assertEquals(saved.getUuid(),
		    service.getContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE, Paging.first(1)).getRows().get(0).getUuid());
	}

	@Test
	public void aCorrectionMustBeOnTheSamePatientsChart() {
		ContactLogEntry original = service.getContactLogEntryByUuid(ROUTINE_CALL).get();
		ContactLogEntry correction = routineContact();
		correction.setPatient(patient(JOHNNY));
		ValidationException refused = assertThrows(ValidationException.class,
		    () -> service.correctContactLogEntry(original, correction, "Wrong chart"));
		assertEquals("corrects", fieldOf(refused));
	}

	@Test
	public void aVoidedEntryCannotBeCorrectedAgain() {
		ContactLogEntry voided = service.getContactLogEntryByUuid(VOIDED_ENTRY).get();
		assertThrows(ConflictException.class,
		    () -> service.correctContactLogEntry(voided, routineContact(), "Second thoughts"));
	}

	@Test
	public void aReaderCannotAddToTheLog() {
		signInAs("reader");
		assertThrows(APIAuthenticationException.class, () -> service.saveContactLogEntry(routineContact()));
	}

	@Test
	public void aPatientCannotReadAnyLogNotEvenTheirOwn() {
		signInAs("patient");
		assertThrows(APIAuthenticationException.class,
		    () -> service.getContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE, Paging.first(10)));
		assertThrows(APIAuthenticationException.class, () -> service.getContactLogEntryByUuid(ROUTINE_CALL));
		assertThrows(APIAuthenticationException.class, () -> service.findPatient(patient(HORATIO).getUuid()));
	}

	@Test
	public void staffWhoArePatientsCannotReachTheLogOfTheirOwnChart() {
		signInAs("nurse-patient");
		assertThrows(APIAuthenticationException.class,
		    () -> service.getContactLogEntries(patient(COLLET), false, ContactLogFilter.NONE, Paging.first(10)));
		ContactLogEntry aboutThemselves = routineContact();
		aboutThemselves.setPatient(patient(COLLET));
		assertThrows(APIAuthenticationException.class, () -> service.saveContactLogEntry(aboutThemselves));
		assertNotNull(service.getContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE, Paging.first(10)));
	}

	@Test
	public void patientSearchLeavesOutTheSearchersOwnChart() {
		signInAs("nurse-patient");
		assertTrue(service.searchPatients("Collet", 10).isEmpty());
		signInAs("doctor");
		assertEquals(1, service.searchPatients("Collet", 10).size());
	}
}
