package org.openmrs.module.boundaries.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Statement;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.GlobalProperty;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.contactlog.ActionTaken;
import org.openmrs.module.boundaries.contactlog.CareTransfer;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactCategory;
import org.openmrs.module.boundaries.contactlog.ContactLogEntry;
import org.openmrs.module.boundaries.contactlog.ContactLogFilter;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.test.TestRoles;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;

public class MessagingServiceTest extends BaseModuleContextSensitiveTest {

	private static final String DATASET = "org/openmrs/module/boundaries/messaging/MessagingDataset.xml";

	static final String DOCTOR = "00009101-0000-4000-8000-00000000000b";

	static final String DOCTOR2 = "00009102-0000-4000-8000-00000000000b";

	static final String COVER = "00009105-0000-4000-8000-00000000000b";

	static final String PATIENT = "00009103-0000-4000-8000-000000000000";

	static final String OVERDUE_THREAD = "00009201-0000-4000-8000-0000000000d0";

	static final String ANSWERED_THREAD = "00009202-0000-4000-8000-0000000000d0";

	static final String CLOSED_THREAD = "00009203-0000-4000-8000-0000000000d0";

	static final String PATIENT_MESSAGE = "00009401-0000-4000-8000-00000000000e";

	static final String STAFF_MESSAGE = "00009405-0000-4000-8000-00000000000e";

	private MessagingService service;

	@BeforeEach
	public void loadThreads() {
		TestRoles.commit(this);
		executeDataSet(DATASET);
		service = Context.getService(MessagingService.class);
	}

	private static void signInAs(String username) {
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials(username, "test"));
	}

	private static Provider provider(String uuid) {
		return Context.getProviderService().getProviderByUuid(uuid);
	}

	private PortalThread thread(String uuid) {
		return service.getThreadByUuid(uuid);
	}

	private static List<String> uuids(List<PortalThread> threads) {
		return threads.stream().map(PortalThread::getUuid).collect(Collectors.toList());
	}

	private static List<SenderRole> roles(List<PortalMessage> messages) {
		return messages.stream().map(PortalMessage::getSenderRole).collect(Collectors.toList());
	}

	@Test
	public void aPatientsNewThreadGetsTheAutomaticAcknowledgementQuotingTheReplyTime() {
		Provider doctor = provider(DOCTOR);
		signInAs("patient");

		PortalThread thread = service.startThread(doctor, ThreadCategory.CLINICAL_QUESTION, "A question", "Hello doctor");

		List<PortalMessage> messages = service.getMessages(thread);
		assertEquals(java.util.Arrays.asList(SenderRole.PATIENT, SenderRole.AUTOMATIC), roles(messages));
		assertEquals("Hello doctor", messages.get(0).getBody());
		String acknowledgement = messages.get(1).getBody();
		assertTrue(acknowledgement.contains("2 working days"), acknowledgement);
		assertTrue(acknowledgement.contains("Call 999"), acknowledgement);
		assertTrue(thread.isAwaitingReply());
		assertNotNull(thread.getReplyDueBy());
		assertFalse(thread.isUnreadByPatient());
		assertTrue(thread.isUnreadByStaff());
	}

	@Test
	public void anAcknowledgementSentOutOfHoursSaysSo() {
		Provider doctor = provider(DOCTOR);
		signInAs("patient");
		Date saturdayNight = java.sql.Timestamp.valueOf("2026-01-10 23:00:00");
		org.openmrs.module.boundaries.boundaries.EffectiveBoundaries terms = Context
		        .getService(org.openmrs.module.boundaries.boundaries.BoundariesService.class).getEffectiveBoundaries(doctor);

		String text = AutomaticAcknowledgement.text(doctor, terms, saturdayNight, terms.replyDueBy(saturdayNight));

		assertTrue(text.contains("out of hours"), text);
		assertTrue(text.contains("Call 111"), text);
	}

	@Test
	public void aPatientMustAcknowledgeTheProvidersBoundariesBeforeWriting() {
		Provider doctor = provider(DOCTOR);
		signInAs("patient2");

		assertThrows(ConflictException.class,
		    () -> service.startThread(doctor, ThreadCategory.OTHER, "Subject", "Text"));
	}

	@Test
	public void aPatientSeesOnlyTheirOwnThreadsWithUnreadRepliesFirst() {
		signInAs("patient");

		List<PortalThread> threads = service.getMyThreads(Paging.of(0, 10)).getRows();

		assertEquals(java.util.Arrays.asList(ANSWERED_THREAD, OVERDUE_THREAD), uuids(threads));
	}

	@Test
	public void patientCannotReadAnotherPatientsThread() {
		signInAs("patient");

		assertThrows(APIAuthenticationException.class, () -> service.getThreadByUuid(CLOSED_THREAD));
	}

	@Test
	public void aThreadViewHoldsTheThreadItsMessagesAndTheLongestReplyAllowed() {
		signInAs("doctor");

		ThreadView view = service.getThreadView(ANSWERED_THREAD);

		assertEquals(ANSWERED_THREAD, view.getThread().getUuid());
		assertEquals(roles(service.getMessages(thread(ANSWERED_THREAD))), roles(view.getMessages()));
		assertEquals(service.getMessageMaxLength(), view.getMessageMaxLength());
	}

	@Test
	public void aPatientsThreadViewLeavesOutTheStaffNotes() {
		Provider doctor2 = provider(DOCTOR2);
		signInAs("doctor");
		service.assignThread(thread(OVERDUE_THREAD), doctor2, "Dermatology is yours");
		signInAs("patient");

		List<PortalMessage> messages = service.getThreadView(OVERDUE_THREAD).getMessages();

		assertFalse(messages.isEmpty());
		assertFalse(roles(messages).contains(SenderRole.STAFF_NOTE));
	}

	@Test
	public void patientCannotViewAnotherPatientsThread() {
		signInAs("patient");

		assertThrows(APIAuthenticationException.class, () -> service.getThreadView(CLOSED_THREAD));
	}

	@Test
	public void aPatientCannotUseTheClinicianInbox() {
		signInAs("patient");

		assertThrows(APIAuthenticationException.class, () -> service.getInbox(InboxFilter.OPEN, Paging.of(0, 10)));
	}

	@Test
	public void aMessageLongerThanTheGlobalPropertyAllowsIsRefusedAndNothingIsWritten() {
		Context.getAdministrationService()
		        .saveGlobalProperty(new GlobalProperty(BoundariesConstants.GP_MESSAGE_MAX_LENGTH, "20"));
		Context.flushSession();
		signInAs("patient");
		PortalThread thread = thread(OVERDUE_THREAD);

		assertThrows(ValidationException.class, () -> service.sendMessage(thread.getUuid(), "This is longer than twenty"));

		assertEquals(2, service.getMessages(thread).size());
	}

	@Test
	public void theSizeLimitFallsBackToTheDefaultAndNeverExceedsTheColumn() {
		assertEquals(4000, MessagingSettings.parse("100000"));
		assertEquals(1500, MessagingSettings.parse("many"));
		assertEquals(1500, MessagingSettings.parse(null));
		assertEquals(800, MessagingSettings.parse(" 800 "));
	}

	@Test
	public void aStaffReplyEndsTheWaitAndIsUnreadByThePatient() {
		signInAs("doctor");
		PortalThread thread = thread(OVERDUE_THREAD);

		PortalMessage reply = service.sendMessage(thread.getUuid(), "Please stop the cream and book a visit.");

		assertEquals(SenderRole.STAFF, reply.getSenderRole());
		assertEquals(3, reply.getSequence());
		assertFalse(thread.isAwaitingReply());
		assertFalse(thread.isOverdue(new Date()));
		assertTrue(thread.isUnreadByPatient());
	}

	@Test
	public void aReplyByTheThreadsUuidAloneLoadsTheThreadWithItsProviders() {
		signInAs("doctor");

		PortalMessage reply = service.sendMessage(OVERDUE_THREAD, "Please stop the cream and book a visit.");

		assertEquals(3, reply.getSequence());
		assertEquals(DOCTOR, reply.getThread().getProvider().getUuid());
		assertEquals(DOCTOR, reply.getThread().getAddressedTo().getUuid());
	}

	@Test
	public void aThreadReadBeforeAnotherWriterClosedItIsReadAgainWhenItIsLocked() throws Exception {
		signInAs("doctor");
		PortalThread thread = thread(OVERDUE_THREAD);
		try (Statement statement = getConnection().createStatement()) {
			statement.executeUpdate("update boundaries_thread set closed = true where uuid = '" + OVERDUE_THREAD + "'");
		}

		assertThrows(ConflictException.class, () -> service.sendMessage(OVERDUE_THREAD, "Answer to a closed thread"));
		assertTrue(thread.isClosed());
	}

	@Test
	public void aPatientReplyToAnAnsweredThreadStartsANewWaitAndIsAcknowledged() {
		signInAs("patient");
		PortalThread thread = thread(ANSWERED_THREAD);

		service.sendMessage(thread.getUuid(), "Thank you, one more question.");

		assertTrue(thread.isAwaitingReply());
		assertEquals(java.util.Arrays.asList(SenderRole.PATIENT, SenderRole.AUTOMATIC, SenderRole.STAFF,
		    SenderRole.PATIENT, SenderRole.AUTOMATIC), roles(service.getMessages(thread)));
	}

	@Test
	public void nobodyCanReplyToAClosedThread() {
		signInAs("doctor");
		PortalThread thread = thread(CLOSED_THREAD);

		assertThrows(ConflictException.class, () -> service.sendMessage(thread.getUuid(), "Late answer"));
	}

	@Test
	public void theInboxFiltersUnreadAwaitingOverdueAndClosedThreads() {
		signInAs("doctor");

		assertEquals(java.util.Arrays.asList(ANSWERED_THREAD, OVERDUE_THREAD),
		    uuids(service.getInbox(InboxFilter.OPEN, Paging.of(0, 10)).getRows()));
		assertEquals(Collections.singletonList(OVERDUE_THREAD),
		    uuids(service.getInbox(InboxFilter.UNREAD, Paging.of(0, 10)).getRows()));
		assertEquals(Collections.singletonList(OVERDUE_THREAD),
		    uuids(service.getInbox(InboxFilter.AWAITING_REPLY, Paging.of(0, 10)).getRows()));
		assertEquals(Collections.singletonList(OVERDUE_THREAD),
		    uuids(service.getInbox(InboxFilter.OVERDUE, Paging.of(0, 10)).getRows()));
		assertEquals(Collections.singletonList(CLOSED_THREAD),
		    uuids(service.getInbox(InboxFilter.CLOSED, Paging.of(0, 10)).getRows()));
	}

	@Test
	public void inboxCountsFollowEveryChangeAtOnce() {
		signInAs("doctor");
		InboxSummary before = service.getInboxSummary();
		assertEquals(2, before.count(InboxFilter.OPEN));
		assertEquals(1, before.count(InboxFilter.UNREAD));
		assertEquals(1, before.count(InboxFilter.AWAITING_REPLY));
		assertEquals(1, before.count(InboxFilter.OVERDUE));
		assertEquals(1, before.count(InboxFilter.CLOSED));

		service.markThreadRead(thread(OVERDUE_THREAD));
		service.closeThread(thread(ANSWERED_THREAD));

		InboxSummary after = service.getInboxSummary();
		assertEquals(0, after.count(InboxFilter.UNREAD));
		assertEquals(1, after.count(InboxFilter.OPEN));
		assertEquals(2, after.count(InboxFilter.CLOSED));
	}

	@Test
	public void readingAThreadRecordsAReadReceiptOnlyWhenThereIsSomethingNew() {
		signInAs("doctor");
		PortalThread thread = thread(OVERDUE_THREAD);

		service.markThreadRead(thread);
		service.markThreadRead(thread);

		List<ReadReceipt> receipts = service.getReadReceipts(thread);
		assertEquals(1, receipts.size());
		assertEquals("doctor", receipts.get(0).getReader().getUsername());
		assertEquals(2, receipts.get(0).getUpToSequence());
		assertTrue(thread.isReadByRecipient(service.getMessages(thread).get(0)));
	}

	@Test
	public void closingAndReopeningAreRefusedWhenTheyChangeNothing() {
		signInAs("doctor");

		assertThrows(ConflictException.class, () -> service.closeThread(thread(CLOSED_THREAD)));
		assertThrows(ConflictException.class, () -> service.reopenThread(thread(OVERDUE_THREAD)));
		assertFalse(service.reopenThread(thread(CLOSED_THREAD)).isClosed());
	}

	@Test
	public void aCoveringColleagueSeesTheAwayProvidersThreadsAndReceivesTheirNewOnes() {
		Provider doctor = provider(DOCTOR);
		Provider cover = provider(COVER);
		signInAs("doctor");
		Coverage coverage = new Coverage();
		coverage.setProvider(doctor);
		coverage.setCoveringProvider(cover);
		coverage.setStartDate(new Date(System.currentTimeMillis() - 3600_000));
		coverage.setEndDate(new Date(System.currentTimeMillis() + 86400_000));
		service.saveCoverage(coverage);

		signInAs("cover");
		assertTrue(uuids(service.getInbox(InboxFilter.OPEN, Paging.of(0, 10)).getRows()).contains(OVERDUE_THREAD));

		signInAs("patient");
		PortalThread thread = service.startThread(doctor, ThreadCategory.OTHER, "While away", "Hello");
		assertEquals(cover, thread.getProvider());
		assertEquals(doctor, thread.getAddressedTo());
	}

	@Test
	public void anEndedCoverageRoutesNothing() {
		Provider doctor = provider(DOCTOR);
		Provider cover = provider(COVER);
		signInAs("doctor");
		Coverage coverage = new Coverage();
		coverage.setProvider(doctor);
		coverage.setCoveringProvider(cover);
		coverage.setStartDate(new Date(System.currentTimeMillis() - 3600_000));
		service.endCoverage(service.saveCoverage(coverage));

		signInAs("patient");
		assertEquals(doctor, service.startThread(doctor, ThreadCategory.OTHER, "Back", "Hello").getProvider());
	}

	@Test
	public void aClinicianCannotSetCoverForSomeoneElse() {
		Coverage coverage = new Coverage();
		coverage.setProvider(provider(DOCTOR2));
		coverage.setCoveringProvider(provider(COVER));
		coverage.setStartDate(new Date());
		signInAs("doctor");

		assertThrows(APIAuthenticationException.class, () -> service.saveCoverage(coverage));
	}

	@Test
	public void aRestrictionRoutesThePatientsNewThreadsToTheColleagueAndIsLogged() {
		Provider doctor = provider(DOCTOR);
		Provider doctor2 = provider(DOCTOR2);
		Patient patient = Context.getPatientService().getPatientByUuid(PATIENT);
		signInAs("doctor");
		MessagingRestriction restriction = new MessagingRestriction();
		restriction.setPatient(patient);
		restriction.setProvider(doctor);
		restriction.setRouteTo(doctor2);
		restriction.setReason("Repeated personal messages");
		restriction.setStartDate(new Date(System.currentTimeMillis() - 1000));
		service.saveMessagingRestriction(restriction);

		List<ContactLogEntry> log = Context.getService(ContactLogService.class)
		        .getContactLogEntries(patient, false, ContactLogFilter.NONE, Paging.of(0, 10)).getRows();
		assertEquals(1, log.size());
		assertEquals(ContactCategory.BOUNDARY_CONCERN, log.get(0).getCategory());

		signInAs("patient");
		Recipient recipient = service.getRecipients().stream().filter(r -> r.getProvider().equals(doctor)).findFirst()
		        .get();
		assertTrue(recipient.getRoute().isRestricted());
		assertEquals(doctor2, service.startThread(doctor, ThreadCategory.OTHER, "Hi", "Hello").getProvider());
	}

	@Test
	public void flaggingAMessageWritesAContactLogEntryLinkedToIt() {
		signInAs("doctor");
		PortalThread thread = thread(OVERDUE_THREAD);
		PortalMessage message = service.getMessageByUuid(thread, PATIENT_MESSAGE);

		service.flagConcern(thread, message, new ConcernReport(ConcernKind.PERSONAL_RELATIONSHIP, ConcernSeverity.MEDIUM,
		        "Asked to meet for a drink", Collections.singleton(ActionTaken.PATIENT_TOLD_OF_BOUNDARIES)));

		ContactLogEntry entry = Context.getService(ContactLogService.class)
		        .getContactLogEntries(thread.getPatient(), false, ContactLogFilter.NONE, Paging.of(0, 10)).getRows().get(0);
		assertEquals(PATIENT_MESSAGE, entry.getRelatedMessageUuid());
		assertEquals(ConcernKind.PERSONAL_RELATIONSHIP, entry.getConcernKind());
		assertTrue(thread.isFlagged());
		assertTrue(message.isFlagged());
	}

	@Test
	public void aFlagWithoutAKindOfConcernIsRefusedAndNothingIsFlagged() {
		signInAs("doctor");
		PortalThread thread = thread(OVERDUE_THREAD);

		assertThrows(ValidationException.class,
		    () -> service.flagConcern(thread, null, new ConcernReport(null, null, "Something", null)));
	}

	@Test
	public void aVoidedMessageStaysInTheRecordButItsTextIsWithheldFromThePatient() {
		signInAs("doctor");
		PortalThread thread = thread(ANSWERED_THREAD);
		PortalMessage message = service.getMessageByUuid(thread, STAFF_MESSAGE);

		service.voidPortalMessage(message, "Sent to the wrong patient");

		assertTrue(message.getVoided());
		assertEquals("Sent to the wrong patient", message.getVoidReason());
		assertEquals("Yes, it is ready at the pharmacy.", message.getBody());
		assertEquals(3, service.getMessages(thread).size());
	}

	@Test
	public void reassigningLeavesAStaffNoteThatThePatientNeverSees() {
		Provider doctor2 = provider(DOCTOR2);
		signInAs("doctor");
		PortalThread thread = thread(OVERDUE_THREAD);

		service.assignThread(thread, doctor2, "Dermatology is yours");

		assertEquals(doctor2, thread.getProvider());
		assertTrue(roles(service.getMessages(thread)).contains(SenderRole.STAFF_NOTE));
		signInAs("patient");
		assertFalse(roles(service.getMessages(thread(OVERDUE_THREAD))).contains(SenderRole.STAFF_NOTE));
	}

	@Test
	public void aTransferOfCareMovesOpenThreadsAndFutureThreadsToTheNewProvider() {
		Provider doctor = provider(DOCTOR);
		Provider doctor2 = provider(DOCTOR2);
		Patient patient = Context.getPatientService().getPatientByUuid(PATIENT);
		signInAs("doctor");
		CareTransfer transfer = new CareTransfer();
		transfer.setPatient(patient);
		transfer.setFromProvider(doctor);
		transfer.setToProvider(doctor2);
		transfer.setReason("Relationship ended after repeated boundary crossings");
		transfer.setEffectiveDate(new Date());

		Context.getService(ContactLogService.class).saveCareTransfer(transfer);

		assertEquals(doctor2, thread(OVERDUE_THREAD).getProvider());
		assertEquals(doctor2, thread(ANSWERED_THREAD).getProvider());
		signInAs("patient");
		assertEquals(doctor2, service.startThread(doctor, ThreadCategory.OTHER, "Hi", "Hello").getProvider());
	}

	@Test
	public void aNewThreadAlertsTheProviderItGoesTo() {
		Provider doctor = provider(DOCTOR);
		signInAs("patient");

		service.startThread(doctor, ThreadCategory.ADMINISTRATIVE, "Address change", "I moved house.");

		signInAs("doctor");
		assertEquals(1, Context.getAlertService().getAlertsByUser(null).size());
		assertTrue(Context.getAlertService().getAlertsByUser(null).get(0).getText().contains("Address change"));
	}

	@Test
	public void overdueThreadsAlertTheirProviderOnce() {
		signInAs("doctor");

		assertEquals(1, service.alertOverdueThreads());
		assertEquals(0, service.alertOverdueThreads());
		assertTrue(Context.getAlertService().getAlertsByUser(null).get(0).getText().contains("Rash after new cream"));
	}

	@Test
	public void aRouteThatLoopsStopsBeforeVisitingAProviderTwice() {
		Provider doctor = provider(DOCTOR);
		Provider cover = provider(COVER);
		Coverage away = coverage(doctor, cover);
		Coverage back = coverage(cover, doctor);

		Routing.Route route = new Routing(Collections.emptyList(), java.util.Arrays.asList(away, back)).routeFor(doctor);

		assertEquals(cover, route.getTarget());
		assertNull(new Routing(Collections.emptyList(), Collections.emptyList()).routeFor(doctor).getFirstRule());
	}

	private static Coverage coverage(Provider away, Provider covering) {
		Coverage coverage = new Coverage();
		coverage.setProvider(away);
		coverage.setCoveringProvider(covering);
		coverage.setStartDate(new Date(0));
		return coverage;
	}
}
