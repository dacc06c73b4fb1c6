package org.openmrs.module.boundaries.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.test.TestRoles;
import org.openmrs.notification.Message;
import org.openmrs.notification.MessageSender;
import org.openmrs.notification.MessageService;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A staff reply emails the patient a notice only when an administrator has turned notices on. OpenMRS's own mail
 * settings cannot tell whether mail works: the platform creates {@code mail.smtp_host=localhost} and
 * {@code mail.from=info@openmrs.org} on every installation, so they are set here as it sets them.
 */
public class PatientEmailNoticeTest extends BaseModuleContextSensitiveTest {

	private static final String DATASET = "org/openmrs/module/boundaries/messaging/MessagingDataset.xml";

	private final List<Message> sent = new ArrayList<>();

	private MessageSender platformSender;

	@BeforeEach
	public void platformDefaultMailSettingsAndARecordingSender() {
		TestRoles.commit(this);
		executeDataSet(DATASET);
		setGlobalProperty(MessagingNotifier.GP_MAIL_SMTP_HOST, "localhost");
		setGlobalProperty(MessagingNotifier.GP_MAIL_FROM, "info@openmrs.org");
		MessageService messages = Context.getMessageService();
		platformSender = messages.getMessageSender();
		messages.setMessageSender(sent::add);
	}

	@AfterEach
	public void platformSenderBack() {
		Context.getMessageService().setMessageSender(platformSender);
	}

	@Test
	public void aStaffReplyEmailsNobodyWhileNoticesAreOffAsTheyAreAtFirst() {
		staffReplies("Please stop the cream and book a visit.");

		assertTrue(sent.isEmpty(), "emailed: " + sent.size());
	}

	@Test
	public void withNoticesOnAStaffReplyEmailsThePatientANoticeWithNothingOfTheMessage() {
		setGlobalProperty(BoundariesConstants.GP_EMAIL_NOTICES, "true");

		staffReplies("Please stop the cream and book a visit.");

		assertEquals(1, sent.size());
		Message notice = sent.get(0);
		assertEquals("sam.carter@example.org", notice.getRecipients());
		assertFalse(notice.getContent().contains("cream"), notice.getContent());
		assertFalse(notice.getSubject().contains("Rash"), notice.getSubject());
	}

	/** The reply, then what runs once its transaction has committed (the test's own transaction never commits). */
	private static void staffReplies(String body) {
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("doctor", "test"));
		Context.getService(MessagingService.class).sendMessage(MessagingServiceTest.OVERDUE_THREAD, body);
		TransactionSynchronizationManager.getSynchronizations().forEach(TransactionSynchronization::afterCommit);
	}

	private static void setGlobalProperty(String name, String value) {
		Context.getAdministrationService().setGlobalProperty(name, value);
	}
}
