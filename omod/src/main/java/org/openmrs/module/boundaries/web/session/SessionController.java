package org.openmrs.module.boundaries.web.session;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.Role;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.ContextAuthenticationException;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.CoreColumns;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.CsrfTokenNotRequired;
import org.openmrs.module.boundaries.web.CsrfTokens;
import org.openmrs.module.boundaries.web.Json;
import org.openmrs.module.boundaries.web.SignInNotRequired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sign-in for the module's pages, reusing the host's authentication: the same users, passwords and lockout as OpenMRS,
 * and the same HTTP session, so it works whether or not the REST module is installed.
 */
@SignInNotRequired
@RestController
@RequestMapping("/rest/v1/boundaries/session")
public class SessionController {

	/** The platform's only message for a locked-out account (HibernateContextDAO.authenticate). */
	private static final String PLATFORM_LOCKOUT_MESSAGE = "Invalid number of connection attempts";

	@GetMapping
	public Map<String, Object> whoIsSignedIn(HttpServletRequest request) {
		return describe(request);
	}

	// No "consumes" condition: a request the mapping refused would never reach the module's error handling, whereas
	// a body that is not JSON fails here, in the handler, and is answered 415.
	@PostMapping
	@CsrfTokenNotRequired
	public ResponseEntity<Map<String, Object>> signIn(@RequestBody SignInRequest body, HttpServletRequest request,
	        HttpServletResponse response) {
		if (StringUtils.isBlank(body.getUsername()) || StringUtils.isEmpty(body.getPassword())) {
			String field = StringUtils.isBlank(body.getUsername()) ? "username" : "password";
			return ApiErrors.fieldError(field, "boundaries.session.credentialsRequired",
			    ApiErrors.message("boundaries.session.credentialsRequired"));
		}
		// no username holds a character core's users table cannot hold (core's query would fail, logging an error)
		if (!CoreColumns.couldHold(body.getUsername())) {
			return ApiErrors.response(HttpStatus.UNAUTHORIZED, "boundaries.session.invalidCredentials");
		}
		try {
			Context.authenticate(new UsernamePasswordCredentials(body.getUsername().trim(), body.getPassword()));
		}
		catch (ContextAuthenticationException e) {
			boolean lockedOut = e.getMessage() != null && e.getMessage().startsWith(PLATFORM_LOCKOUT_MESSAGE);
			return ApiErrors.response(HttpStatus.UNAUTHORIZED,
			    lockedOut ? "boundaries.session.lockedOut" : "boundaries.session.invalidCredentials");
		}
		// OpenMRS keeps the session id at sign-in; a new one defeats session fixation.
		request.getSession();
		request.changeSessionId();
		SessionCookie.markSameSite(request, response);
		CsrfTokens.issue(request);
		return ResponseEntity.ok(describe(request));
	}

	@DeleteMapping
	public Map<String, Object> signOut(HttpServletRequest request, HttpServletResponse response) {
		Context.logout();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		// A fresh session, so the browser's next request does not present the ended one: with the REST module
		// installed (every OpenMRS 3 server), a cookie of an ended session is refused with 401 "Session timed out"
		request.getSession(true);
		SessionCookie.markSameSite(request, response);
		Map<String, Object> result = new LinkedHashMap<>();
		result.put("authenticated", false);
		return result;
	}

	private Map<String, Object> describe(HttpServletRequest request) {
		Map<String, Object> result = new LinkedHashMap<>();
		User user = CurrentUser.user();
		result.put("authenticated", user != null);
		result.put("locale", Context.getLocale().toString());
		if (user == null) {
			return result;
		}
		result.put("user", Json.ref(user.getUuid(), displayName(user)));
		result.put("person", user.getPerson() == null ? null
		        : Json.ref(user.getPerson().getUuid(), user.getPerson().getPersonName() == null ? null
		                : Names.full(user.getPerson().getPersonName())));
		String patientUuid = CurrentUser.patient().map(Patient::getUuid).orElse(null);
		String providerUuid = CurrentUser.provider().map(Provider::getUuid).orElse(null);
		result.put("patient", patientUuid != null);
		result.put("patientUuid", patientUuid);
		result.put("provider", providerUuid != null);
		result.put("providerUuid", providerUuid);
		List<String> roles = new ArrayList<>();
		for (Role role : user.getAllRoles()) {
			roles.add(role.getRole());
		}
		result.put("roles", roles);
		List<String> privileges = new ArrayList<>();
		for (String privilege : BoundariesConstants.ALL_PRIVILEGES) {
			if (Context.hasPrivilege(privilege)) {
				privileges.add(privilege);
			}
		}
		result.put("privileges", privileges);
		result.put("csrfToken", CsrfTokens.currentOrIssue(request));
		return result;
	}

	static String displayName(User user) {
		if (user.getPerson() != null && user.getPerson().getPersonName() != null) {
			return Names.full(user.getPerson().getPersonName());
		}
		return StringUtils.defaultIfBlank(user.getUsername(), user.getSystemId());
	}
}
