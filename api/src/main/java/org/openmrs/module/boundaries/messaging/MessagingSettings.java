package org.openmrs.module.boundaries.messaging;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.util.PrivilegeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The global properties messaging reads, on behalf of users (portal patients) who may not read them themselves. */
public final class MessagingSettings {

	private static final Logger log = LoggerFactory.getLogger(MessagingSettings.class);

	private MessagingSettings() {
	}

	/**
	 * The size limit of a message body, from {@value BoundariesConstants#GP_MESSAGE_MAX_LENGTH}. A value that is not a
	 * positive number falls back to the default, and no value can exceed the body column's size.
	 */
	public static int messageMaxLength() {
		return parse(globalProperty(BoundariesConstants.GP_MESSAGE_MAX_LENGTH));
	}

	public static String globalProperty(String name) {
		Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		try {
			return Context.getAdministrationService().getGlobalProperty(name);
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
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
