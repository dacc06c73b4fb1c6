package org.openmrs.module.boundaries.contactlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.lang3.time.DateUtils;
import org.junit.jupiter.api.Test;
import org.openmrs.GlobalProperty;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Paging;

public class GiftServiceTest extends ContactLogTestSupport {

	private static final String CHOCOLATES = "c8000000-0000-0000-0000-000000000001";

	private static final String CASH = "c8000000-0000-0000-0000-000000000002";

	private static final String WINE = "c8000000-0000-0000-0000-000000000003";

	private static final String BEQUEST = "c8000000-0000-0000-0000-000000000004";

	private static void setGlobalProperty(String name, String value) {
		Context.getAdministrationService().saveGlobalProperty(new GlobalProperty(name, value));
	}

	@Test
	public void aPatientsGiftsAreListedMostRecentlyOfferedFirst() {
		assertEquals(Arrays.asList(CASH, CHOCOLATES, WINE),
		    uuids(service.getGiftRecords(patient(HORATIO), false, false, Paging.first(10))));
	}

	@Test
	public void onlyGiftsAtTheThresholdAndNotYetDeclaredAwaitDeclaration() {
		assertEquals(Collections.singletonList(CASH),
		    uuids(service.getGiftRecords(patient(HORATIO), false, true, Paging.first(10))));
		assertEquals(1, service.countGiftRecords(patient(HORATIO), false, true));
		assertEquals(0, service.countGiftRecords(patient(JOHNNY), false, true));
	}

	@Test
	public void aGiftInAnotherCurrencyAwaitsDeclaration() {
		GiftRecord inEuros = flowers(HORATIO, "5", "2025-06-01");
		inEuros.setCurrency("EUR");
		service.saveGiftRecord(inEuros);
		assertEquals(2, service.countGiftRecords(patient(HORATIO), false, true));
	}

	@Test
	public void aPatientsGiftsAreCountedOverAllPages() {
		assertEquals(3, service.countGiftRecords(patient(HORATIO), false, false));
	}

	@Test
	public void recordingAGiftKeepsWhoRecordedIt() {
		signInAs("doctor");
		GiftRecord saved = service.saveGiftRecord(flowers(HORATIO, "25", "2025-06-01"));
		assertEquals("doctor", saved.getCreator().getUsername());
		assertNotNull(saved.getId());
	}

	@Test
	public void aGiftAlreadyRecordedCannotBeChanged() {
		GiftRecord chocolates = service.getGiftRecordByUuid(CHOCOLATES).get();
		chocolates.setDecision(GiftDecision.RETURNED);
		assertThrows(ConflictException.class, () -> service.saveGiftRecord(chocolates));
	}

	@Test
	public void negativeValuesAreRefused() {
		ValidationException refused = assertThrows(ValidationException.class,
		    () -> service.saveGiftRecord(flowers(HORATIO, "-1", "2025-06-01")));
		assertEquals("estimatedValue", fieldOf(refused));
	}

	@Test
	public void absurdValuesAreRefused() {
		ValidationException refused = assertThrows(ValidationException.class,
		    () -> service.saveGiftRecord(flowers(HORATIO, "1000000.01", "2025-06-01")));
		assertEquals("estimatedValue", fieldOf(refused));
	}

	@Test
	public void fractionsOfAPennyAreRefused() {
		ValidationException refused = assertThrows(ValidationException.class,
		    () -> service.saveGiftRecord(flowers(HORATIO, "10.005", "2025-06-01")));
		assertEquals("estimatedValue", fieldOf(refused));
	}

	@Test
	public void aGiftOfferedInTheFutureIsRefused() {
		GiftRecord gift = flowers(HORATIO, "10", "2025-06-01");
		gift.setOfferedOn(DateUtils.addDays(new Date(), 2));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveGiftRecord(gift));
		assertEquals("offeredOn", fieldOf(refused));
	}

	@Test
	public void aGiftSaysToWhomItWasOffered() {
		GiftRecord gift = flowers(HORATIO, "10", "2025-06-01");
		gift.setRecipientProvider(null);
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveGiftRecord(gift));
		assertEquals("recipientProvider", fieldOf(refused));
	}

	@Test
	public void aCurrencyIsAThreeLetterCode() {
		GiftRecord gift = flowers(HORATIO, "10", "2025-06-01");
		gift.setCurrency("gb");
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveGiftRecord(gift));
		assertEquals("currency", fieldOf(refused));
	}

	@Test
	public void aGiftCannotBeDeclaredBeforeItWasOffered() {
		GiftRecord gift = flowers(HORATIO, "10", "2025-06-01");
		gift.setDeclaredOn(day("2025-05-01"));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveGiftRecord(gift));
		assertEquals("declaredOn", fieldOf(refused));
	}

	@Test
	public void aGiftAtTheThresholdMustBeDeclared() {
		GiftAssessment assessment = service.assessGift(flowers(COLLET, "100", "2025-06-01"));
		assertTrue(assessment.isValueReachesThreshold());
		assertEquals(Collections.singletonList(GiftAssessment.WARNING_VALUE), assessment.getWarnings());
	}

	@Test
	public void aGiftJustUnderTheThresholdNeedsNoDeclarationOnItsOwn() {
		GiftAssessment assessment = service.assessGift(flowers(COLLET, "99.99", "2025-06-01"));
		assertFalse(assessment.isValueReachesThreshold());
		assertTrue(assessment.getWarnings().isEmpty());
	}

	@Test
	public void theRunningTotalCountsGiftsReceivedInTheTwelveMonthsUpToTheOffer() {
		// chocolates (15, March 2025) and wine (70, December 2024) were received; the cash (200) was declined
		GiftAssessment assessment = service.assessGift(flowers(HORATIO, "20", "2025-06-01"));
		assertEquals(0, new BigDecimal("105").compareTo(assessment.getRunningTotal()));
		assertFalse(assessment.isValueReachesThreshold());
		assertEquals(Collections.singletonList(GiftAssessment.WARNING_RUNNING_TOTAL), assessment.getWarnings());
	}

	@Test
	public void giftsOlderThanTwelveMonthsDropOutOfTheRunningTotal() {
		GiftAssessment assessment = service.assessGift(flowers(HORATIO, "20", "2026-01-15"));
		assertEquals(0, new BigDecimal("35").compareTo(assessment.getRunningTotal()));
		assertTrue(assessment.getWarnings().isEmpty());
	}

	@Test
	public void aDeclinedGiftDoesNotAddToTheRunningTotal() {
		GiftRecord declined = flowers(HORATIO, "20", "2025-06-01");
		declined.setDecision(GiftDecision.DECLINED);
		assertEquals(0, new BigDecimal("85").compareTo(service.assessGift(declined).getRunningTotal()));
	}

	@Test
	public void cashIsFlaggedWhileThePracticeRefusesIt() {
		GiftRecord cash = flowers(COLLET, "10", "2025-06-01");
		cash.setKind(GiftKind.CASH_OR_VOUCHER);
		assertEquals(Collections.singletonList(GiftAssessment.WARNING_CASH), service.assessGift(cash).getWarnings());
		setGlobalProperty(BoundariesConstants.GP_GIFT_REFUSE_CASH, "false");
		assertTrue(service.assessGift(cash).getWarnings().isEmpty());
	}

	@Test
	public void theThresholdAndCurrencyComeFromGlobalProperties() {
		setGlobalProperty(BoundariesConstants.GP_GIFT_DECLARATION_THRESHOLD, "50");
		setGlobalProperty(BoundariesConstants.GP_GIFT_DEFAULT_CURRENCY, "EUR");
		GiftRecord gift = flowers(COLLET, "60", "2025-06-01");
		gift.setCurrency("EUR");
		GiftAssessment assessment = service.assessGift(gift);
		assertEquals("EUR", assessment.getPolicy().getCurrency());
		assertTrue(assessment.isValueReachesThreshold());
	}

	@Test
	public void aGiftInAnotherCurrencyIsTreatedAsReachingTheThreshold() {
		GiftRecord gift = flowers(COLLET, "5", "2025-06-01");
		gift.setCurrency("USD");
		assertTrue(gift.requiresDeclaration(service.getGiftPolicy()));
	}

	@Test
	public void aMalformedThresholdFallsBackToTheDefault() {
		setGlobalProperty(BoundariesConstants.GP_GIFT_DECLARATION_THRESHOLD, "a hundred");
		assertEquals(0, new BigDecimal("100").compareTo(service.getGiftPolicy().getThreshold()));
	}

	@Test
	public void aCorrectedGiftReplacesTheOriginalInTheRunningTotal() {
		signInAs("doctor");
		GiftRecord chocolates = service.getGiftRecordByUuid(CHOCOLATES).get();
		GiftRecord corrected = flowers(HORATIO, "25", "2025-03-01");
		corrected.setCorrects(chocolates);
		assertEquals(0, new BigDecimal("95").compareTo(service.assessGift(corrected).getRunningTotal()));
		GiftRecord saved = service.correctGiftRecord(chocolates, corrected, "Was flowers, not chocolates");
		assertTrue(chocolates.getVoided());
		assertEquals(chocolates, saved.getCorrects());
	}

	@Test
	public void theRegisterListsEveryPatientsGiftsInThePeriodMostRecentFirst() {
		GiftRegisterQuery year = new GiftRegisterQuery(new ReportPeriod(day("2025-01-01"), day("2025-12-31")), null,
		        null, false);
		assertEquals(Arrays.asList(BEQUEST, CASH, CHOCOLATES), uuids(service.getGiftRegister(year, Paging.first(10))));
	}

	@Test
	public void theRegisterFiltersByProviderDecisionAndThreshold() {
		ReportPeriod all = new ReportPeriod(day("2024-01-01"), day("2025-12-31"));
		assertEquals(Arrays.asList(BEQUEST, WINE), uuids(service.getGiftRegister(
		    new GiftRegisterQuery(all, provider(COLLEAGUE_PROVIDER), null, false), Paging.first(10))));
		assertEquals(Collections.singletonList(CASH), uuids(service.getGiftRegister(
		    new GiftRegisterQuery(all, null, GiftDecision.DECLINED, false), Paging.first(10))));
		assertEquals(Arrays.asList(BEQUEST, CASH), uuids(service.getGiftRegister(
		    new GiftRegisterQuery(all, null, null, true), Paging.first(10))));
	}

	@Test
	public void theRegisterLeavesOutVoidedGifts() {
		service.voidGiftRecord(service.getGiftRecordByUuid(CASH).get(), "Recorded twice");
		ReportPeriod year = new ReportPeriod(day("2025-01-01"), day("2025-12-31"));
		assertEquals(Arrays.asList(BEQUEST, CHOCOLATES),
		    uuids(service.getGiftRegister(new GiftRegisterQuery(year, null, null, false), Paging.first(10))));
	}

	@Test
	public void theRegisterNeedsTheReportsPrivilege() {
		ReportPeriod year = new ReportPeriod(day("2025-01-01"), day("2025-12-31"));
		signInAs("doctor");
		assertThrows(APIAuthenticationException.class,
		    () -> service.getGiftRegister(new GiftRegisterQuery(year, null, null, false), Paging.first(10)));
		signInAs("manager");
		assertEquals(3, service.getGiftRegister(new GiftRegisterQuery(year, null, null, false), Paging.first(10))
		        .getRows().size());
	}

	@Test
	public void theRegistersExportRowsAreTheRegistersGiftsWithTheNamesThePagesShow() {
		signInAs("manager");
		GiftRegisterQuery all = new GiftRegisterQuery(new ReportPeriod(day("2024-01-01"), day("2025-12-31")), null,
		        null, false);
		List<GiftRecord> gifts = service.getGiftRegister(all, Paging.first(10)).getRows();
		List<GiftRegisterRow> rows = service.getGiftRegisterRows(all, null);
		assertEquals(gifts.size(), rows.size());
		for (int i = 0; i < gifts.size(); i++) {
			GiftRecord gift = gifts.get(i);
			GiftRegisterRow row = rows.get(i);
			assertEquals(gift.getUuid(), row.getUuid());
			assertEquals(Display.of(gift.getPatient()), row.getPatient());
			assertEquals(Display.recipient(Display.of(gift.getRecipientProvider()), Display.of(gift.getRecipientUser())),
			    row.getRecipient());
			assertEquals(Display.of(gift.getCreator()), row.getRecordedBy());
			assertEquals(0, gift.getEstimatedValue().compareTo(row.getEstimatedValue()));
			assertEquals(gift.getDecision(), row.getDecision());
		}
	}

	@Test
	public void theRegistersExportContinuesAfterTheRowItIsGivenEvenOnTheSameDay() {
		signInAs("doctor");
		String sameDayAsBequest = service.saveGiftRecord(flowers(HORATIO, "25", "2025-05-01")).getUuid();
		signInAs("manager");
		GiftRegisterQuery all = new GiftRegisterQuery(new ReportPeriod(day("2024-01-01"), day("2025-12-31")), null,
		        null, false);
		List<GiftRegisterRow> rows = service.getGiftRegisterRows(all, null);
		assertEquals(sameDayAsBequest, rows.get(0).getUuid());
		assertEquals(Arrays.asList(BEQUEST, CASH, CHOCOLATES, WINE),
		    service.getGiftRegisterRows(all, rows.get(0)).stream().map(GiftRegisterRow::getUuid).collect(Collectors.toList()));
		assertTrue(service.getGiftRegisterRows(all, rows.get(rows.size() - 1)).isEmpty());
	}

	@Test
	public void theRegistersExportNarrowsAsTheRegisterDoes() {
		signInAs("manager");
		ReportPeriod all = new ReportPeriod(day("2024-01-01"), day("2025-12-31"));
		assertEquals(Arrays.asList(BEQUEST, CASH), service.getGiftRegisterRows(new GiftRegisterQuery(all, null, null, true),
		    null).stream().map(GiftRegisterRow::getUuid).collect(Collectors.toList()));
		assertEquals(Arrays.asList(BEQUEST, WINE),
		    service.getGiftRegisterRows(new GiftRegisterQuery(all, provider(COLLEAGUE_PROVIDER), null, false), null)
		            .stream().map(GiftRegisterRow::getUuid).collect(Collectors.toList()));
	}

	@Test
	public void theRegistersExportNeedsTheReportsPrivilege() {
		GiftRegisterQuery year = new GiftRegisterQuery(new ReportPeriod(day("2025-01-01"), day("2025-12-31")), null,
		        null, false);
		signInAs("doctor");
		assertThrows(APIAuthenticationException.class, () -> service.getGiftRegisterRows(year, null));
	}

	@Test
	public void theConcernReportCountsUnvoidedConcernsByProviderAndKind() {
		signInAs("manager");
		List<ConcernReportRow> report = service
		        .getConcernReport(new ReportPeriod(day("2025-01-01"), day("2025-12-31")), null);
		assertEquals(2, report.size());
		ConcernReportRow ada = report.get(0);
		assertEquals(DOCTOR_PROVIDER, ada.getProvider().getId().intValue());
		assertEquals(ConcernKind.ROMANTIC_OR_SEXUAL, ada.getKind());
		assertEquals(1, ada.getCount(ConcernSeverity.MEDIUM));
		assertEquals(1, ada.getTotal());
		ConcernReportRow colin = report.get(1);
		assertEquals(ConcernKind.SOCIAL_MEDIA_CONTACT, colin.getKind());
		assertEquals(1, colin.getCount(ConcernSeverity.HIGH));
	}

	@Test
	public void theConcernReportCanBeForOneProvider() {
		assertEquals(1, service.getConcernReport(new ReportPeriod(day("2025-01-01"), day("2025-12-31")),
		    provider(DOCTOR_PROVIDER)).size());
	}

	@Test
	public void aPeriodEndingBeforeItStartsIsRefused() {
		InvalidRequestException refused = assertThrows(InvalidRequestException.class,
		    () -> new ReportPeriod(day("2025-02-01"), day("2025-01-01")));
		assertEquals("toDate", refused.getField());
	}
}
