package org.openmrs.module.boundaries;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Names shared by the whole module: privileges, roles and global properties. The privileges and global
 * properties are declared to OpenMRS in config.xml; these constants are the only place code spells them.
 */
public final class BoundariesConstants {

	public static final String MODULE_ID = "boundaries";

	public static final String PRIV_USE_PORTAL = "Boundaries: Use Portal";

	public static final String PRIV_MANAGE_PORTAL_MESSAGES = "Boundaries: Manage Portal Messages";

	public static final String PRIV_VIEW_CONTACT_LOG = "Boundaries: View Contact Log";

	public static final String PRIV_ADD_CONTACT_LOG = "Boundaries: Add Contact Log";

	public static final String PRIV_VOID_CONTACT_LOG = "Boundaries: Void Contact Log";

	public static final String PRIV_VIEW_GIFT_REGISTER = "Boundaries: View Gift Register and Reports";

	public static final String PRIV_EDIT_OWN_BOUNDARIES = "Boundaries: Edit Own Boundaries";

	public static final String PRIV_MANAGE_ORGANISATION_BOUNDARIES = "Boundaries: Manage Organisation Boundaries";

	/** Every privilege the module defines, in the order config.xml lists them. */
	public static final List<String> ALL_PRIVILEGES = Collections.unmodifiableList(Arrays.asList(PRIV_USE_PORTAL,
	    PRIV_MANAGE_PORTAL_MESSAGES, PRIV_VIEW_CONTACT_LOG, PRIV_ADD_CONTACT_LOG, PRIV_VOID_CONTACT_LOG,
	    PRIV_VIEW_GIFT_REGISTER, PRIV_EDIT_OWN_BOUNDARIES, PRIV_MANAGE_ORGANISATION_BOUNDARIES));

	/** The role a patient's portal account holds. */
	public static final String ROLE_PORTAL_PATIENT = "Portal Patient";

	/** A ready-made role for clinicians; implementers may grant the same privileges to their own roles instead. */
	public static final String ROLE_CLINICIAN = "Boundaries Clinician";

	/** A ready-made role for practice managers. */
	public static final String ROLE_MANAGER = "Boundaries Manager";

	public static final List<String> PORTAL_PATIENT_PRIVILEGES = Collections.singletonList(PRIV_USE_PORTAL);

	public static final List<String> CLINICIAN_PRIVILEGES = Collections.unmodifiableList(Arrays.asList(
	    PRIV_MANAGE_PORTAL_MESSAGES, PRIV_VIEW_CONTACT_LOG, PRIV_ADD_CONTACT_LOG, PRIV_VOID_CONTACT_LOG,
	    PRIV_EDIT_OWN_BOUNDARIES));

	public static final List<String> MANAGER_PRIVILEGES = Collections.unmodifiableList(Arrays.asList(
	    PRIV_MANAGE_PORTAL_MESSAGES, PRIV_VIEW_CONTACT_LOG, PRIV_ADD_CONTACT_LOG, PRIV_VOID_CONTACT_LOG,
	    PRIV_VIEW_GIFT_REGISTER, PRIV_EDIT_OWN_BOUNDARIES, PRIV_MANAGE_ORGANISATION_BOUNDARIES));

	/** Largest portal message body, in characters. */
	public static final String GP_MESSAGE_MAX_LENGTH = "boundaries.message.maxLength";

	/**
	 * "true" to email patients a notice (with nothing of the message in it) after a staff reply. Off unless an
	 * administrator turns it on: OpenMRS creates mail.smtp_host=localhost and mail.from=info@openmrs.org by default, so
	 * its mail settings always look configured.
	 */
	public static final String GP_EMAIL_NOTICES = "boundaries.messaging.emailNotices";

	public static final int DEFAULT_MESSAGE_MAX_LENGTH = 1500;

	/** The database column's size: the message size limit can never be set above it. */
	public static final int MESSAGE_MAX_LENGTH_CEILING = 4000;

	/** Gifts (or a donor's 12-month total) at or above this value must be declared. */
	public static final String GP_GIFT_DECLARATION_THRESHOLD = "boundaries.gift.declarationThreshold";

	public static final String DEFAULT_GIFT_DECLARATION_THRESHOLD = "100";

	/** ISO 4217 code used when a gift's currency is not given. */
	public static final String GP_GIFT_DEFAULT_CURRENCY = "boundaries.gift.defaultCurrency";

	public static final String DEFAULT_GIFT_CURRENCY = "GBP";

	/** When true the gift form warns that cash and vouchers are always refused. */
	public static final String GP_GIFT_REFUSE_CASH = "boundaries.gift.refuseCash";

	public static final String DEFAULT_GIFT_REFUSE_CASH = "true";

	/** How often overdue portal threads are looked for and their clinicians alerted; 0 turns the alerts off. */
	public static final String GP_OVERDUE_ALERT_INTERVAL_MINUTES = "boundaries.overdueAlert.intervalMinutes";

	public static final int DEFAULT_OVERDUE_ALERT_INTERVAL_MINUTES = 15;

	private BoundariesConstants() {
	}
}
