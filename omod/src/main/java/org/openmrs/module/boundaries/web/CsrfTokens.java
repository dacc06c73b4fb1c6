package org.openmrs.module.boundaries.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * The synchronizer token of the module's CSRF defence: a random value kept in the HTTP session, handed to the module's
 * pages (and to any client of a session the host signed in) by the session endpoint, and echoed back in the
 * {@value #HEADER} header.
 */
public final class CsrfTokens {

	public static final String HEADER = "X-CSRF-Token";

	static final String SESSION_ATTRIBUTE = "boundaries.csrfToken";

	private static final SecureRandom RANDOM = new SecureRandom();

	private CsrfTokens() {
	}

	/** Issues a fresh token for the request's session (at sign-in) and returns it. */
	public static String issue(HttpServletRequest request) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		request.getSession().setAttribute(SESSION_ATTRIBUTE, token);
		return token;
	}

	/**
	 * The session's token, issued now when the session has none: a session the host signed in (its own login, the
	 * REST module's, O3's) never went through the module's sign-in.
	 */
	public static String currentOrIssue(HttpServletRequest request) {
		String token = current(request);
		if (token != null) {
			return token;
		}
		// a page opening several views asks at once: they must all get the one token the session keeps
		synchronized (CsrfTokens.class) {
			token = current(request);
			return token != null ? token : issue(request);
		}
	}

	/** The session's token, or null when none was issued yet. */
	public static String current(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return session == null ? null : (String) session.getAttribute(SESSION_ATTRIBUTE);
	}

	static boolean matches(String expected, String presented) {
		return expected != null && presented != null && MessageDigest.isEqual(
		    expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
	}
}
