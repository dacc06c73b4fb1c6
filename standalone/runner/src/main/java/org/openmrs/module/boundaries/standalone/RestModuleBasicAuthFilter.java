package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import org.openmrs.api.context.Context;
import org.openmrs.api.context.ContextAuthenticationException;

/**
 * Runner only: what the REST module's {@code AuthorizationFilter} does on {@code /ws/rest/*}. A request of a session
 * nobody has signed in yet, carrying HTTP Basic credentials, signs the session in with them; wrong credentials are
 * ignored (the API refuses what the anonymous user may not do). This is how OpenMRS 3 signs a user in, so the module
 * meets sessions it did not sign in itself. Never part of the module or of a real server.
 */
class RestModuleBasicAuthFilter implements Filter {

	private static final String BASIC = "Basic ";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
	        throws IOException, ServletException {
		String authorization = ((HttpServletRequest) request).getHeader("Authorization");
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
}
