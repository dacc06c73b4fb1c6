package org.openmrs.util;

import java.util.Locale;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.api.context.Context;

/**
 * Stand-in for {@code org.openmrs.util.LocaleUtility}: the default locale (global property
 * {@code default_locale}, else en_GB) and locale parsing.
 */
public class LocaleUtility {

	private static volatile Locale defaultLocaleCache;

	private LocaleUtility() {
	}

	public static Locale getDefaultLocale() {
		if (defaultLocaleCache == null) {
			synchronized (LocaleUtility.class) {
				if (defaultLocaleCache == null) {
					if (!Context.isSessionOpen()) {
						return fromSpecification(OpenmrsConstants.GLOBAL_PROPERTY_DEFAULT_LOCALE_DEFAULT_VALUE);
					}
					Locale found = null;
					try {
						Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
						String locale = Context.getAdministrationService().getGlobalProperty(
						    OpenmrsConstants.GLOBAL_PROPERTY_DEFAULT_LOCALE);
						if (StringUtils.isNotEmpty(locale)) {
							found = fromSpecification(locale);
						}
					}
					catch (RuntimeException e) {
						// no database yet: fall back to the built-in default
					}
					finally {
						Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
					}
					defaultLocaleCache = found != null ? found
					        : fromSpecification(OpenmrsConstants.GLOBAL_PROPERTY_DEFAULT_LOCALE_DEFAULT_VALUE);
				}
			}
		}
		return defaultLocaleCache;
	}

	public static void setDefaultLocaleCache(Locale defaultLocaleCache) {
		LocaleUtility.defaultLocaleCache = defaultLocaleCache;
	}

	/**
	 * Parses "en", "en_GB" or "en_GB_variant" (a dash works too).
	 */
	public static Locale fromSpecification(String localeSpecification) {
		if (localeSpecification == null) {
			return null;
		}
		String spec = localeSpecification.trim().replace('-', '_');
		if (spec.isEmpty()) {
			return null;
		}
		String[] parts = spec.split("_", 3);
		if (parts.length == 1) {
			return new Locale(parts[0]);
		} else if (parts.length == 2) {
			return new Locale(parts[0], parts[1]);
		}
		return new Locale(parts[0], parts[1], parts[2]);
	}
}
