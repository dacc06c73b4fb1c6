package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The module's session endpoint over real HTTP, against the runner with its demo accounts (contract:
 * docs/architecture.md, "REST").
 */
@ExtendWith(RunnerExtension.class)
class SessionEndpointTest {

	private static final String SESSION = HttpSession.SESSION_PATH;

	@ParameterizedTest
	@EnumSource(DemoAccount.class)
	void everyDemoAccountSignsInAndIsRecognisedByTheSessionCookie(DemoAccount account, TargetServer server)
	        throws Exception {
		HttpSession http = new HttpSession(server);

		HttpSession.Response signIn = http.signIn(account);

		assertEquals(200, signIn.status(), signIn.toString());
		assertTrue(signIn.header("Content-Type").orElse("").startsWith("application/json"), signIn.toString());
		assertNotNull(http.sessionId(), "sign-in sets a session cookie");
		assertTrue(signIn.raw.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.contains("HttpOnly")),
		    "the session cookie is HttpOnly");

		HttpSession.Response me = http.get(SESSION);
		assertEquals(200, me.status(), me.toString());
		JsonNode json = me.json();
		assertTrue(json.path("authenticated").asBoolean(), me.toString());
		assertFalse(json.path("user").path("uuid").asText().isEmpty(), me.toString());
		assertFalse(json.path("user").path("display").asText().isEmpty(), me.toString());
		assertFalse(json.path("person").path("uuid").asText().isEmpty(), me.toString());
		assertEquals(account.isPatient(), json.path("patient").asBoolean(), me.toString());
		assertEquals(account.isProvider(), json.path("provider").asBoolean(), me.toString());
		assertTrue(json.path("privileges").isArray(), me.toString());
		assertFalse(json.path("csrfToken").asText().isEmpty(), me.toString());
	}

	@Test
	void demoAccountsAreDifferentPeople(TargetServer server) throws Exception {
		Set<String> people = new HashSet<>();
		for (DemoAccount account : DemoAccount.values()) {
			HttpSession http = new HttpSession(server);
			assertEquals(200, http.signIn(account).status());
			people.add(http.get(SESSION).json().path("person").path("uuid").asText());
		}
		assertEquals(DemoAccount.values().length, people.size());
	}

	@Test
	void anonymousSessionIsNotAuthenticated(TargetServer server) throws Exception {
		HttpSession.Response me = new HttpSession(server).get(SESSION);

		assertEquals(200, me.status(), me.toString());
		assertFalse(me.json().path("authenticated").asBoolean(), me.toString());
	}

	@Test
	void everyRequestGetsASessionCookie(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);

		http.get(SESSION);

		assertNotNull(http.sessionId());
	}

	@Test
	void signingInChangesTheSessionId(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		http.get(SESSION);
		String before = http.sessionId();

		assertEquals(200, http.signIn(DemoAccount.PATIENT).status());

		assertNotNull(before);
		assertNotEquals(before, http.sessionId(), "the session id must change on sign-in (session fixation)");
	}

	@Test
	void wrongPasswordIsRefusedWithAJsonError(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);

		HttpSession.Response response = http.signIn(DemoAccount.DOCTOR.getUsername(), "not-the-password");

		assertEquals(401, response.status(), response.toString());
		assertFalse(response.json().path("error").path("message").asText().isEmpty(), response.toString());
		assertFalse(http.get(SESSION).json().path("authenticated").asBoolean());
	}

	@Test
	void unknownUserIsRefusedWithAJsonError(TargetServer server) throws Exception {
		HttpSession.Response response = new HttpSession(server).signIn("nobody-" + System.nanoTime(), "Whatever123");

		assertEquals(401, response.status(), response.toString());
		assertFalse(response.json().path("error").path("message").asText().isEmpty(), response.toString());
	}

	@Test
	void malformedJsonIsABadRequest(TargetServer server) throws Exception {
		HttpSession.Response response = new HttpSession(server).postJson(SESSION, "{\"username\": \"doctor\", ");

		assertEquals(400, response.status(), response.toString());
		assertFalse(response.json().path("error").path("message").asText().isEmpty(), response.toString());
	}

	@Test
	void signingOutEndsTheSession(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		String csrfToken = http.signIn(DemoAccount.MANAGER).json().path("csrfToken").asText();

		HttpSession.Response signOut = http.delete(SESSION, csrfToken);

		assertTrue(signOut.status() == 200 || signOut.status() == 204, signOut.toString());
		assertFalse(http.get(SESSION).json().path("authenticated").asBoolean());
	}
}
