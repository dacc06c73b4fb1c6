package org.openmrs.web.filter;

import java.io.IOException;

import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UserContext;
import org.openmrs.web.WebConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Stand-in for openmrs-web's filter of the same name. Like the real one, every request gets an HTTP
 * session (so every response may carry a session cookie), the session's {@link UserContext} is created
 * when missing, put on the request thread before the chain and cleared after it.
 */
public class OpenmrsFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(OpenmrsFilter.class);

	@Override
	protected void doFilterInternal(HttpServletRequest httpRequest, HttpServletResponse httpResponse, FilterChain chain)
	        throws ServletException, IOException {
		HttpSession httpSession = httpRequest.getSession();
		httpRequest.setAttribute(WebConstants.INIT_REQ_UNIQUE_ID, String.valueOf(System.currentTimeMillis()));

		UserContext userContext = (UserContext) httpSession
		        .getAttribute(WebConstants.OPENMRS_USER_CONTEXT_HTTPSESSION_ATTR);
		httpSession.setAttribute("username", "-anonymous user-");
		if (userContext == null) {
			userContext = new UserContext(Context.getAuthenticationScheme());
			httpSession.setAttribute(WebConstants.OPENMRS_USER_CONTEXT_HTTPSESSION_ATTR, userContext);
			log.debug("Just set user context {} as attribute on session", userContext);
		} else {
			User user = userContext.getAuthenticatedUser();
			if (user != null) {
				httpSession.setAttribute("username", user.getUsername());
			}
		}
		httpSession.setAttribute("locale", userContext.getLocale());

		Context.setUserContext(userContext);
		try {
			chain.doFilter(httpRequest, httpResponse);
		}
		finally {
			Context.clearUserContext();
		}
	}
}
