package org.openmrs.util;

import java.util.ArrayList;
import java.util.List;

import org.openmrs.GlobalProperty;

/**
 * Stand-in for {@code org.openmrs.util.OpenmrsConstants}: the constants the stand-in and the module use.
 */
public final class OpenmrsConstants {

	private OpenmrsConstants() {
	}

	public static final String APPLICATION_DATA_DIRECTORY_RUNTIME_PROPERTY = "application_data_directory";

	public static final String GLOBAL_PROPERTY_MIN_SEARCH_CHARACTERS = "minSearchCharacters";

	public static final int GLOBAL_PROPERTY_DEFAULT_MIN_SEARCH_CHARACTERS = 2;

	public static final String GLOBAL_PROPERTY_PROVIDER_SEARCH_MATCH_MODE = "providerSearch.matchMode";

	public static final String GLOBAL_PROPERTY_LOCALE_ALLOWED_LIST = "locale.allowed.list";

	public static final String GLOBAL_PROPERTY_DEFAULT_LOCALE = "default_locale";

	public static final String GLOBAL_PROPERTY_DEFAULT_LOCALE_DEFAULT_VALUE = "en_GB";

	public static final String GLOBAL_PROPERTY_LAYOUT_NAME_FORMAT = "layout.name.format";

	public static final String GP_PASSWORD_REQUIRES_UPPER_AND_LOWER_CASE = "security.passwordRequiresUpperAndLowerCase";

	public static final String GP_PASSWORD_REQUIRES_NON_DIGIT = "security.passwordRequiresNonDigit";

	public static final String GP_PASSWORD_REQUIRES_DIGIT = "security.passwordRequiresDigit";

	public static final String GP_PASSWORD_CANNOT_MATCH_USERNAME_OR_SYSTEMID = "security.passwordCannotMatchUsername";

	public static final String GP_PASSWORD_MINIMUM_LENGTH = "security.passwordMinimumLength";

	public static final String GP_PASSWORD_CUSTOM_REGEX = "security.passwordCustomRegex";

	public static final String GP_ALLOWED_FAILED_LOGINS_BEFORE_LOCKOUT = "security.allowedFailedLoginsBeforeLockout";

	public static final String GP_UNLOCK_ACCOUNT_WAITING_TIME = "security.unlockAccountWaitingTime";

	public static final String GP_DISABLE_VALIDATION = "validation.disable";

	public static final String USER_PROPERTY_DEFAULT_LOCALE = "defaultLocale";

	public static final String USER_PROPERTY_DEFAULT_LOCATION = "defaultLocation";

	public static final String USER_PROPERTY_LOGIN_ATTEMPTS = "loginAttempts";

	public static final String USER_PROPERTY_LOCKOUT_TIMESTAMP = "lockoutTimestamp";

	public static final String USER_PROPERTY_PROFICIENT_LOCALES = "proficientLocales";

	public static final String USER_PROPERTY_LAST_LOGIN_TIMESTAMP = "lastLoginTimestamp";

	public static final String PERSON_NAME_FORMAT_SHORT = "short";

	public static final String PERSON_NAME_FORMAT_LONG = "long";

	public static final String ZERO_LOGIN_ATTEMPTS_VALUE = "0";

	public static final String GP_CASE_SENSITIVE_DATABASE_STRING_COMPARISON = "search.caseSensitiveDatabaseStringComparison";

	/**
	 * The global properties the platform creates at start-up when missing ({@code Context.checkCoreDataset()}), with
	 * core 2.8.9's values: of its long list, those the module reads or that decide how a global property is read.
	 * Mail always looks configured on a real server.
	 */
	public static List<GlobalProperty> CORE_GLOBAL_PROPERTIES() {
		List<GlobalProperty> props = new ArrayList<>();
		props.add(new GlobalProperty("mail.smtp_host", "localhost", "SMTP host name"));
		props.add(new GlobalProperty("mail.from", "info@openmrs.org", "Email address to use as the default from address"));
		props.add(new GlobalProperty(GP_CASE_SENSITIVE_DATABASE_STRING_COMPARISON, "false",
		        "Indicates whether database string comparison is case sensitive or not. Setting this to false for MySQL with a"
		                + " case insensitive collation improves search performance."));
		return props;
	}
}
