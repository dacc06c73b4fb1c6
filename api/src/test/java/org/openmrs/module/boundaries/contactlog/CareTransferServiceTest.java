package org.openmrs.module.boundaries.contactlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.ValidationException;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.Paging;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;

public class CareTransferServiceTest extends ContactLogTestSupport {

	private static final String LISTENER = "recordingCareTransferListener";

	/** A listener as the messaging feature registers one: it sees the transfer and the entry already written. */
	private static final class RecordingListener implements CareTransferListener {

		private final List<CareTransfer> heard = new ArrayList<>();

		@Override
		public void careTransferred(CareTransfer transfer) {
			assertTrue(transfer.getId() != null && transfer.getContactLogEntry().getId() != null);
			heard.add(transfer);
		}
	}

	private DefaultListableBeanFactory beans() {
		return (DefaultListableBeanFactory) ((ConfigurableApplicationContext) applicationContext).getBeanFactory();
	}

	@AfterEach
	public void removeListener() {
		if (beans().containsSingleton(LISTENER)) {
			beans().destroySingleton(LISTENER);
		}
	}

	private static CareTransfer endOfRelationship() {
		CareTransfer transfer = new CareTransfer();
		transfer.setPatient(patient(HORATIO));
		transfer.setFromProvider(provider(DOCTOR_PROVIDER));
		transfer.setToProvider(provider(COLLEAGUE_PROVIDER));
		transfer.setReason("Repeated romantic advances after a written warning");
		transfer.setEndsRelationship(true);
		transfer.setPatientWarnedFirst(true);
		transfer.setToldInWriting(true);
		transfer.setLetterDate(day("2025-06-01"));
		transfer.setRecordsPassedOn(day("2025-06-02"));
		transfer.setEffectiveDate(day("2025-06-03"));
		return transfer;
	}

	@Test
	public void aTransferWritesItsOwnEntryInThePatientsLog() {
		signInAs("doctor");
		CareTransfer saved = service.saveCareTransfer(endOfRelationship());
		ContactLogEntry entry = saved.getContactLogEntry();
		assertEquals(ContactCategory.CARE_TRANSFER, entry.getCategory());
		assertEquals(ContactChannel.LETTER, entry.getChannel());
		assertEquals(EnumSet.of(ActionTaken.CARE_TRANSFERRED), entry.getActions());
		assertEquals("doctor", entry.getStaffUser().getUsername());
		assertTrue(entry.getSummary().startsWith("Professional relationship ended; care passed from Ada Doctor to Colin"
		        + " Colleague from 2025-06-03."), entry.getSummary());
		assertEquals(entry.getUuid(),
		    service.getContactLogEntries(patient(HORATIO), false, ContactLogFilter.NONE, Paging.first(1)).getRows().get(0).getUuid());
	}

	@Test
	public void everyListenerIsToldOfTheTransfer() {
		RecordingListener listener = new RecordingListener();
		beans().registerSingleton(LISTENER, listener);
		CareTransfer saved = service.saveCareTransfer(endOfRelationship());
		assertEquals(1, listener.heard.size());
		assertSame(saved, listener.heard.get(0));
	}

	@Test
	public void aListenerThatFailsFailsTheTransfer() {
		beans().registerSingleton(LISTENER, (CareTransferListener) transfer -> {
			throw new IllegalStateException("threads could not move");
		});
		assertThrows(IllegalStateException.class, () -> service.saveCareTransfer(endOfRelationship()));
	}

	@Test
	public void careMustMoveToAnotherProvider() {
		CareTransfer transfer = endOfRelationship();
		transfer.setToProvider(provider(DOCTOR_PROVIDER));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveCareTransfer(transfer));
		assertEquals("toProvider", fieldOf(refused));
	}

	@Test
	public void aLetterDateIsNeededWhenThePatientWasToldInWriting() {
		CareTransfer transfer = endOfRelationship();
		transfer.setLetterDate(null);
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveCareTransfer(transfer));
		assertEquals("letterDate", fieldOf(refused));
	}

	@Test
	public void aTransferNeedsAReason() {
		CareTransfer transfer = endOfRelationship();
		transfer.setReason("  ");
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveCareTransfer(transfer));
		assertEquals("reason", fieldOf(refused));
	}

	@Test
	public void aReaderCannotRecordATransfer() {
		signInAs("reader");
		assertThrows(APIAuthenticationException.class, () -> service.saveCareTransfer(endOfRelationship()));
	}

	@Test
	public void theEntryOfATransferIsNotVoidedOnItsOwn() {
		ContactLogEntry entry = service.saveCareTransfer(endOfRelationship()).getContactLogEntry();
		assertThrows(ConflictException.class, () -> service.voidContactLogEntry(entry, "Not needed"));
	}

	@Test
	public void voidingATransferVoidsItsEntryWithTheSameReason() {
		CareTransfer transfer = service.saveCareTransfer(endOfRelationship());
		service.voidCareTransfer(transfer, "Recorded on the wrong chart");
		assertTrue(transfer.getVoided());
		assertTrue(transfer.getContactLogEntry().getVoided());
		assertEquals("Recorded on the wrong chart", transfer.getContactLogEntry().getVoidReason());
		assertTrue(service.getCareTransfers(patient(HORATIO), false, Paging.first(10)).getRows().isEmpty());
	}
}
