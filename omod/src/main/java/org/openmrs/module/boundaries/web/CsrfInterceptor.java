package org.openmrs.module.boundaries.web;

import java.net.URI;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.openmrs.api.context.Context;
import org.springframework.http.HttpStatus;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The module's own defence against cross-site request forgery, needed because OpenMRS's CSRF filter skips
 * {@code /ws/*}. A state-changing request is refused when it comes from another origin, and must carry the session's
 * synchronizer token in the {@value CsrfTokens#HEADER} header, except sign-in, which issues the token. Any session the
 * host has authenticated gets its token from {@code GET /session}; a missing or wrong token is 403, and 401 means only
 * that nobody is signed in.
 */
public class CsrfInterceptor implements HandlerInterceptor {

	private static final Set<String> SAFE_METHODS = new HashSet<>(Arrays.asList("GET", "HEAD", "OPTIONS", "TRACE"));

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (SAFE_METHODS.contains(request.getMethod().toUpperCase())) {
			return true;
		}
		if (isCrossOrigin(request)) {
			throw new CsrfRejectedException(HttpStatus.FORBIDDEN, "boundaries.error.crossOrigin");
		}
		if (handler instanceof HandlerMethod && ((HandlerMethod) handler).hasMethodAnnotation(CsrfTokenNotRequired.class)) {
			return true;
		}
		if (!Context.isAuthenticated()) {
			throw new CsrfRejectedException(HttpStatus.UNAUTHORIZED, "boundaries.error.unauthenticated");
		}
		// A session the host signed in (core, the REST module, O3) has no token until GET /session issues one: a
		// token problem, never "signed out", which O3 would answer by sending the user back to its login page
		if (!CsrfTokens.matches(CsrfTokens.current(request), request.getHeader(CsrfTokens.HEADER))) {
			throw new CsrfRejectedException(HttpStatus.FORBIDDEN, "boundaries.error.csrf");
		}
		return true;
	}

	/**
	 * True when the browser says the request was made by another site: an Origin header naming another host, or
	 * Sec-Fetch-Site "cross-site". Requests without either (non-browser clients) are judged by the token alone.
	 */
	static boolean isCrossOrigin(HttpServletRequest request) {
		if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
			return true;
		}
		String origin = request.getHeader("Origin");
		if (origin == null) {
			return false;
		}
		try {
			URI uri = URI.create(origin);
			if (uri.getHost() == null) {
				return true;
			}
			String originHost = stripDefaultPort(uri.getPort() == -1 ? uri.getHost() : uri.getHost() + ":" + uri.getPort());
			return !(originHost.equalsIgnoreCase(stripDefaultPort(request.getHeader("Host")))
			        || originHost.equalsIgnoreCase(stripDefaultPort(request.getHeader("X-Forwarded-Host"))));
		}
		catch (IllegalArgumentException e) {
			return true;
		}
	}

	/** Host headers name the port only when it is not the default; the Origin header likewise. */
	private static String stripDefaultPort(String hostAndPort) {
		return hostAndPort == null ? "" : hostAndPort.trim().replaceFirst(":(80|443)$", "");
	}
}
