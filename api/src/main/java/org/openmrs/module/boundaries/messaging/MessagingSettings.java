package org.openmrs.module.boundaries.messaging;

import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.GlobalProperty;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.GlobalPropertyListener;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.util.PrivilegeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The global properties messaging reads, on behalf of users (portal patients) who may not read them themselves. While
 * the module runs ({@link #startCaching}) their values are kept in memory, read once rather than on every message, and
 * forgotten whenever the platform saves or purges one of them (a {@link GlobalPropertyListener}) and again when that
 * transaction ends; nothing is kept while such a change is uncommitted, nor a value read while one was made, so that
 * neither an uncommitted nor a superseded value stays in memory.
 */
public final class MessagingSettings {

	/** The settings kept in memory, lower case as the platform matches property names whatever their case. */
	private static final List<String> CACHED = Collections.unmodifiableList(Arrays.asList(
	    BoundariesConstants.GP_MESSAGE_MAX_LENGTH.toLowerCase(Locale.ROOT),
	    BoundariesConstants.GP_EMAIL_NOTICES.toLowerCase(Locale.ROOT),
	    MessagingNotifier.GP_MAIL_SMTP_HOST.toLowerCase(Locale.ROOT), MessagingNotifier.GP_MAIL_FROM.toLowerCase(Locale.ROOT)));

	private static final Logger log = LoggerFactory.getLogger(MessagingSettings.class);

	private static final Object LOCK = new Object();

	private static final Map<String, Optional<String>> values = new HashMap<>();

	/** Counts the changes, so that a value read while one was under way is not kept. */
	private static long changes;

	/** Changes whose transactions have not ended yet. */
	private static int uncommitted;

	private static boolean caching;

	private static final GlobalPropertyListener FORGET_ON_CHANGE = new GlobalPropertyListener() {

		@Override
		public boolean supportsPropertyName(String propertyName) {
			return propertyName != null && CACHED.contains(propertyName.toLowerCase(Locale.ROOT));
		}

		@Override
		public void globalPropertyChanged(GlobalProperty newValue) {
			forgetNowAndWhenTheTransactionEnds();
		}

		@Override
		public void globalPropertyDeleted(String propertyName) {
			forgetNowAndWhenTheTransactionEnds();
		}
	};

	private MessagingSettings() {
	}

	/**
	 * The size limit of a message body, from {@value BoundariesConstants#GP_MESSAGE_MAX_LENGTH}. A value that is not a
	 * positive number falls back to the default, and no value can exceed the body column's size.
	 */
	public static int messageMaxLength() {
		return parse(globalProperty(BoundariesConstants.GP_MESSAGE_MAX_LENGTH));
	}

	/** Whether patients are emailed a notice after a staff reply ({@value BoundariesConstants#GP_EMAIL_NOTICES}). */
	public static boolean emailNotices() {
		return "true".equalsIgnoreCase(StringUtils.trim(globalProperty(BoundariesConstants.GP_EMAIL_NOTICES)));
	}

	/** A global property's value, from memory for the settings kept there while caching. */
	public static String globalProperty(String name) {
		String key = name.toLowerCase(Locale.ROOT);
		long changesBefore;
		synchronized (LOCK) {
			if (!caching || !CACHED.contains(key)) {
				changesBefore = -1;
			} else if (values.containsKey(key)) {
				return values.get(key).orElse(null);
			} else {
				changesBefore = changes;
			}
		}
		String value = read(name);
		synchronized (LOCK) {
			if (caching && uncommitted == 0 && changesBefore == changes) {
				values.put(key, Optional.ofNullable(value));
			}
		}
		return value;
	}

	/** Keeps the settings in memory from now on, forgetting them when they change: for the running module. */
	public static void startCaching(AdministrationService administration) {
		administration.removeGlobalPropertyListener(FORGET_ON_CHANGE);
		administration.addGlobalPropertyListener(FORGET_ON_CHANGE);
		synchronized (LOCK) {
			values.clear();
			caching = true;
		}
	}

	public static void stopCaching(AdministrationService administration) {
		administration.removeGlobalPropertyListener(FORGET_ON_CHANGE);
		synchronized (LOCK) {
			caching = false;
			values.clear();
		}
	}

	private static String read(String name) {
		Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		try {
			return Context.getAdministrationService().getGlobalProperty(name);
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		}
	}

	private static void forgetNowAndWhenTheTransactionEnds() {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			forget(0);
			return;
		}
		forget(1);
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				forget(-1);
			}
		});
	}

	private static void forget(int uncommittedChange) {
		synchronized (LOCK) {
			uncommitted += uncommittedChange;
			changes++;
			values.clear();
		}
	}

	static int parse(String value) {
		if (StringUtils.isBlank(value)) {
			return BoundariesConstants.DEFAULT_MESSAGE_MAX_LENGTH;
		}
		try {
			int limit = Integer.parseInt(value.trim());
			if (limit > 0) {
				return Math.min(limit, BoundariesConstants.MESSAGE_MAX_LENGTH_CEILING);
			}
		}
		catch (NumberFormatException e) {
			// reported below
		}
		log.warn("Global property {} has the unusable value '{}'; using {}", BoundariesConstants.GP_MESSAGE_MAX_LENGTH,
		    value, BoundariesConstants.DEFAULT_MESSAGE_MAX_LENGTH);
		return BoundariesConstants.DEFAULT_MESSAGE_MAX_LENGTH;
	}
}
