package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.GlobalProperty;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.ContextAuthenticationException;
import org.openmrs.util.PrivilegeConstants;

/**
 * Runner only: what the REST module's {@code AuthorizationFilter} (3.x) does on {@code /ws/rest/*}. Every request
 * first reads the addresses allowed to use the API ({@value #ALLOWED_IPS}, a transaction of its own, as
 * {@code RestUtil.isIpAllowed} does) and refuses any other with 403; the runner compares whole addresses only, where the
 * REST module also takes subnet masks. A request presenting the cookie of a session that has ended is refused with 401 "Session timed out" (an HTML error page). A
 * request of a session nobody has signed in yet, carrying HTTP Basic credentials, signs the session in with them;
 * wrong credentials are ignored (the API refuses what the anonymous user may not do). This is how OpenMRS 3 signs a user in, so the module
 * meets sessions it did not sign in itself. Never part of the module or of a real server.
 */
class RestModuleBasicAuthFilter implements Filter {

	private static final String BASIC = "Basic ";

	static final String ALLOWED_IPS = "webservices.rest.allowedips";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
	        throws IOException, ServletException {
		HttpServletRequest httpRequest = (HttpServletRequest) request;
		if (!isAllowed(request.getRemoteAddr())) {
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN,
			    "IP address '" + request.getRemoteAddr() + "' is not authorized");
			return;
		}
		if (httpRequest.getRequestedSessionId() != null && !httpRequest.isRequestedSessionIdValid()) {
			// the REST module (3.x) refuses a cookie of a session that ended, signed out or timed out
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_UNAUTHORIZED, "Session timed out");
			return;
		}
		String authorization = httpRequest.getHeader("Authorization");
		if (!Context.isAuthenticated() && authorization != null && authorization.startsWith(BASIC)) {
			try {
				String decoded = new String(Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
				        StandardCharsets.UTF_8);
				int colon = decoded.indexOf(':');
				if (colon > 0) {
					Context.authenticate(decoded.substring(0, colon), decoded.substring(colon + 1));
				}
			}
			catch (ContextAuthenticationException | IllegalArgumentException e) {
				// as the REST module: the request goes on unauthenticated
			}
		}
		chain.doFilter(request, response);
	}

	/**
	 * What the REST module's start does: its config.xml declares the property with no default value, and the platform
	 * creates it when missing. A property that exists is read from the second-level cache; a missing one would be
	 * looked for in the database on every request. Needs a privileged session.
	 */
	static void createAllowedAddressesProperty() {
		AdministrationService administration = Context.getAdministrationService();
		if (administration.getGlobalPropertyObject(ALLOWED_IPS) == null) {
			administration.saveGlobalProperty(new GlobalProperty(ALLOWED_IPS, null,
			        "A comma-separate list of IP addresses that are allowed to access the web services."
			                + " An empty string allows everyone to access all ws."));
		}
	}

	private static boolean isAllowed(String address) {
		String allowed;
		Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		try {
			allowed = Context.getAdministrationService().getGlobalProperty(ALLOWED_IPS, "");
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		}
		List<String> addresses = Arrays.asList(StringUtils.split(allowed, ", \t\n"));
		return addresses.isEmpty() || addresses.contains(address);
	}
}
