package org.openmrs.web;

/**
 * Stand-in for openmrs-web's {@code org.openmrs.web.WebConstants}: only the constants the module and
 * the standalone web layer use, with the real values.
 */
public class WebConstants {

	private WebConstants() {
	}

	/** Request attribute set by {@link org.openmrs.web.filter.OpenmrsFilter} on every request. */
	public static final String INIT_REQ_UNIQUE_ID = "__INIT_REQ_UNIQUE_ID__";

	/** HTTP session attribute holding the {@link org.openmrs.api.context.UserContext} of the session. */
	public static final String OPENMRS_USER_CONTEXT_HTTPSESSION_ATTR = "__openmrs_user_context";

	public static final String OPENMRS_MSG_ATTR = "openmrs_msg";

	public static final String OPENMRS_ERROR_ATTR = "openmrs_error";

	/** The web application's name, which is also its context path ({@code /openmrs}). */
	public static String WEBAPP_NAME = "openmrs";
}
