package org.openmrs.module.boundaries.standalone;

import java.util.Date;
import java.util.concurrent.TimeUnit;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.boundaries.Acknowledgement;
import org.openmrs.module.boundaries.boundaries.AcknowledgementMethod;
import org.openmrs.module.boundaries.boundaries.BoundariesService;
import org.openmrs.module.boundaries.messaging.MessagingService;
import org.openmrs.module.boundaries.messaging.PortalThread;
import org.openmrs.module.boundaries.messaging.ThreadCategory;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Portal threads to try the messaging pages with: three for {@code patient} with {@code doctor} (one answered, one
 * overdue, one closed) and one for {@code patient2}. Written by the patients and the doctor themselves through the
 * messaging service, so routing, acknowledgements and read marks are real; only the overdue thread's dates are moved
 * into the past afterwards, since no service sends a message in the past.
 */
final class MessagingDemoData implements FeatureDemoData {

	private static final long DAY = TimeUnit.DAYS.toMillis(1);

	@Override
	public void load(DemoAccounts accounts) {
		Provider doctor = accounts.provider(DemoAccount.DOCTOR);
		MessagingService messaging = Context.getService(MessagingService.class);

		signInAs(DemoAccount.PATIENT);
		acknowledgeIfNeeded(doctor);
		PortalThread overdue = messaging.startThread(doctor, ThreadCategory.CLINICAL_QUESTION,
		    "Rash after starting a new cream", "Hello Dr Hart, I started the cream you prescribed on Monday and now "
		            + "have an itchy red rash on both arms. Should I stop using it?");
		PortalThread renewal = messaging.startThread(doctor, ThreadCategory.PRESCRIPTION_RENEWAL, "Repeat prescription",
		    "Could I have my usual inhaler prescription renewed, please?");
		PortalThread appointment = messaging.startThread(doctor, ThreadCategory.APPOINTMENT, "Moving my appointment",
		    "Can my appointment on Friday be moved to the afternoon?");

		signInAs(DemoAccount.DOCTOR);
		messaging.markThreadRead(renewal);
		messaging.sendMessage(renewal.getUuid(), "Your prescription is ready to collect at the pharmacy from tomorrow.");
		messaging.markThreadRead(appointment);
		messaging.sendMessage(appointment.getUuid(), "Done: Friday at 15:30. See you then.");
		messaging.closeThread(appointment);

		signInAs(DemoAccount.PATIENT2);
		acknowledgeIfNeeded(doctor);
		messaging.startThread(doctor, ThreadCategory.TEST_RESULTS, "Blood test results",
		    "Are my blood test results from last week back yet?");

		signInAs(DemoAccount.ADMIN);
		sendInThePast(overdue, 6 * DAY);
	}

	static void signInAs(DemoAccount account) {
		String username = account == DemoAccount.ADMIN ? Platform.ADMIN_SYSTEM_ID : account.getUsername();
		Context.authenticate(new UsernamePasswordCredentials(username, account.getPassword()));
	}

	/** A patient acknowledges the doctor's boundaries in the portal before writing, as the compose page asks. */
	static void acknowledgeIfNeeded(Provider provider) {
		BoundariesService boundaries = Context.getService(BoundariesService.class);
		Patient patient = CurrentUser.patient().get();
		if (boundaries.needsAcknowledgement(patient, provider)) {
			boundaries.saveAcknowledgement(new Acknowledgement(patient, provider, AcknowledgementMethod.PORTAL));
		}
	}

	/** Moves a thread, its messages and its reply deadline back in time, keeping the provider's reply time. */
	static void sendInThePast(PortalThread thread, long ago) {
		Date sent = new Date(System.currentTimeMillis() - ago);
		Date due = Context.getService(BoundariesService.class).getEffectiveBoundaries(thread.getProvider())
		        .replyDueBy(sent);
		Date dueBy = due != null ? due : new Date(sent.getTime() + DAY);
		DbSessionFactory sessions = Context.getRegisteredComponents(DbSessionFactory.class).get(0);
		PlatformTransactionManager transactions = Context.getRegisteredComponents(PlatformTransactionManager.class).get(0);
		new TransactionTemplate(transactions).executeWithoutResult(status -> {
			sessions.getCurrentSession().createQuery("update PortalMessage set dateCreated = :sent where thread = :thread")
			        .setParameter("sent", sent).setParameter("thread", thread).executeUpdate();
			sessions.getCurrentSession()
			        .createQuery("update PortalThread set dateCreated = :sent, lastMessageAt = :sent,"
			                + " awaitingReplySince = :sent, replyDueBy = :due where id = :id")
			        .setParameter("sent", sent).setParameter("due", dueBy).setParameter("id", thread.getId())
			        .executeUpdate();
		});
	}
}
