package org.openmrs.module.boundaries.web.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.servlet.SessionCookieConfig;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Adds {@code SameSite=Lax} to the session cookie the container has just set, so that browsers leave the signed-in
 * session out of requests another site makes (a second line of defence behind the CSRF token). Servlet 4 (Tomcat 9,
 * which OpenMRS 2.x runs on) has no API for the attribute, so the container's Set-Cookie header is rewritten; one that
 * already names a SameSite policy (Tomcat's {@code <CookieProcessor sameSiteCookies="...">}) is left as it is.
 */
final class SessionCookie {

	static final String SAME_SITE = "SameSite=Lax";

	private static final String DEFAULT_NAME = "JSESSIONID";

	private SessionCookie() {
	}

	/** Call after the session cookie was (re)issued and before the response is committed. */
	static void markSameSite(HttpServletRequest request, HttpServletResponse response) {
		String prefix = name(request) + "=";
		List<String> cookies = new ArrayList<>(response.getHeaders("Set-Cookie"));
		boolean changed = false;
		for (int i = 0; i < cookies.size(); i++) {
			String cookie = cookies.get(i);
			if (cookie.startsWith(prefix) && !cookie.toLowerCase(Locale.ROOT).contains("samesite=")) {
				cookies.set(i, cookie + "; " + SAME_SITE);
				changed = true;
			}
		}
		if (!changed) {
			return;
		}
		response.setHeader("Set-Cookie", cookies.get(0));
		for (String cookie : cookies.subList(1, cookies.size())) {
			response.addHeader("Set-Cookie", cookie);
		}
	}

	private static String name(HttpServletRequest request) {
		SessionCookieConfig config = request.getServletContext().getSessionCookieConfig();
		return config != null && config.getName() != null ? config.getName() : DEFAULT_NAME;
	}
}
