package org.openmrs.module.boundaries.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.CoreColumns;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.notification.Alert;
import org.openmrs.notification.MessageException;
import org.openmrs.util.LocaleUtility;
import org.openmrs.util.PrivilegeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Tells people about portal messages through the host's own channels: an OpenMRS alert for the clinician, and for the
 * patient, when an administrator has turned it on ({@value BoundariesConstants#GP_EMAIL_NOTICES}), an email through
 * OpenMRS's mail settings saying only that there is a new message (never what it says or who it is from).
 */
public class MessagingNotifier {

	/** Set (with a reachable server) when an administrator has configured OpenMRS's mail. */
	static final String GP_MAIL_SMTP_HOST = "mail.smtp_host";

	static final String GP_MAIL_FROM = "mail.from";

	private static final Logger log = LoggerFactory.getLogger(MessagingNotifier.class);

	public void newThread(PortalThread thread) {
		alertProvider(thread.getProvider(), "boundaries.messaging.alert.newThread", patientName(thread),
		    thread.getSubject());
	}

	public void assigned(PortalThread thread) {
		alertProvider(thread.getProvider(), "boundaries.messaging.alert.assigned", patientName(thread),
		    thread.getSubject());
	}

	public void overdue(PortalThread thread) {
		alertProvider(thread.getProvider(), "boundaries.messaging.alert.overdue", patientName(thread),
		    thread.getSubject());
	}

	/**
	 * After the reply is committed, emails the patient's portal accounts that have an address, when notices are on;
	 * when they are off nothing is looked up.
	 */
	public void staffReplied(PortalThread thread) {
		if (!MessagingSettings.emailNotices()) {
			return;
		}
		Person patient = thread.getPatient();
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

				@Override
				public void afterCommit() {
					emailNewMessageNotice(patient);
				}
			});
		} else {
			emailNewMessageNotice(patient);
		}
	}

	/** The email itself; it must never carry health information, so it names no one and quotes nothing. */
	void emailNewMessageNotice(Person patient) {
		String host = MessagingSettings.globalProperty(GP_MAIL_SMTP_HOST);
		String from = MessagingSettings.globalProperty(GP_MAIL_FROM);
		if (StringUtils.isBlank(host) || StringUtils.isBlank(from)) {
			return;
		}
		List<String> addresses = usersOf(patient).stream().map(User::getEmail).filter(StringUtils::isNotBlank)
		        .distinct().collect(Collectors.toList());
		if (addresses.isEmpty()) {
			return;
		}
		Locale locale = LocaleUtility.getDefaultLocale();
		try {
			Context.getMessageService().sendMessage(String.join(",", addresses), from,
			    MessagingText.get(locale, "boundaries.messaging.email.subject"), MessagingText.get(locale, "boundaries.messaging.email.body"));
		}
		catch (MessageException e) {
			log.warn("Could not email a new-message notice: {}", e.getMessage());
		}
	}

	private void alertProvider(Provider provider, String code, Object... args) {
		if (provider.getPerson() == null) {
			return;
		}
		List<User> users = usersOf(provider.getPerson());
		if (users.isEmpty()) {
			return;
		}
		// the alert is core's (utf8mb3 on MySQL and MariaDB): an emoji in a subject it quotes becomes U+FFFD there
		String text = StringUtils.abbreviate(
		    CoreColumns.storable(MessagingText.get(LocaleUtility.getDefaultLocale(), code, args)), Alert.TEXT_MAX_LENGTH);
		Context.addProxyPrivilege(PrivilegeConstants.MANAGE_ALERTS);
		try {
			Context.getAlertService().saveAlert(new Alert(text, users));
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.MANAGE_ALERTS);
		}
	}

	private static List<User> usersOf(Person person) {
		Context.addProxyPrivilege(PrivilegeConstants.GET_USERS);
		try {
			return new ArrayList<>(Context.getUserService().getUsersByPerson(person, false));
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_USERS);
		}
	}

	private static String patientName(PortalThread thread) {
		return thread.getPatient().getPersonName() == null ? "" : Names.full(thread.getPatient().getPersonName());
	}
}
