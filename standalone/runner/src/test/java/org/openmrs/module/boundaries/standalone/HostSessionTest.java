package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A session the host signed in (here the REST module's session resource with Basic credentials, as OpenMRS 3 signs
 * in) is enough for the module: its token comes from {@code GET /session}, a token problem is 403 and never 401 (which
 * OpenMRS 3 reads as "signed out"), and signing out through the module leaves the host's sign-in working.
 */
@ExtendWith(RunnerExtension.class)
class HostSessionTest {

	private static final String SESSION = HttpSession.SESSION_PATH;

	private static final String CONTACT = "/ws/rest/v1/boundaries/contact";

	@ParameterizedTest
	@EnumSource(DemoAccount.class)
	void sessionSignedInByTheHostIsRecognisedAndGetsAToken(DemoAccount account, TargetServer server)
	        throws Exception {
		HttpSession http = new HttpSession(server);
		HttpSession.Response host = http.signInThroughHost(account);
		assertTrue(host.json().path("authenticated").asBoolean(), host.toString());

		HttpSession.Response me = http.get(SESSION);

		assertEquals(200, me.status(), me.toString());
		JsonNode json = me.json();
		assertTrue(json.path("authenticated").asBoolean(), me.toString());
		assertEquals(account.isPatient(), json.path("patient").asBoolean(), me.toString());
		assertEquals(account.isProvider(), json.path("provider").asBoolean(), me.toString());
		String token = json.path("csrfToken").asText();
		assertFalse(token.isEmpty(), me.toString());
		assertEquals(token, http.get(SESSION).json().path("csrfToken").asText(), "the token stays for the session");
	}

	@Test
	void hostSessionWritesWithTheTokenFromTheSessionEndpoint(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		http.signInThroughHost(DemoAccount.DOCTOR);
		JsonNode me = http.get(SESSION).json();

		HttpSession.Response logged = http.postJson(CONTACT,
		    contactFor(patientUuid(http), me.path("providerUuid").asText()), me.path("csrfToken").asText());

		assertEquals(201, logged.status(), logged.toString());
		assertFalse(logged.json().path("uuid").asText().isEmpty(), logged.toString());
	}

	@Test
	void hostSessionWriteWithoutTokenIsForbiddenNotSignedOut(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		http.signInThroughHost(DemoAccount.DOCTOR);
		String body = contactFor(patientUuid(http), http.get(SESSION).json().path("providerUuid").asText());

		HttpSession.Response refused = http.postJson(CONTACT, body);

		assertEquals(403, refused.status(), refused.toString());
		assertEquals("boundaries.error.csrf", refused.json().path("error").path("code").asText(), refused.toString());
		assertTrue(http.get(SESSION).json().path("authenticated").asBoolean(), "still signed in");
	}

	@Test
	void hostSessionWriteWithAWrongTokenIsForbidden(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		http.signInThroughHost(DemoAccount.DOCTOR);
		String body = contactFor(patientUuid(http), http.get(SESSION).json().path("providerUuid").asText());

		HttpSession.Response refused = http.postJson(CONTACT, body, "not-the-token");

		assertEquals(403, refused.status(), refused.toString());
	}

	@Test
	void writeWithNobodySignedInIsUnauthorized(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		http.get(SESSION);

		HttpSession.Response refused = http.postJson(CONTACT, "{}", "any-token");

		assertEquals(401, refused.status(), refused.toString());
	}

	@Test
	void signingOutThroughTheModuleLeavesTheHostSignInWorking(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		http.signInThroughHost(DemoAccount.DOCTOR);
		String firstToken = http.get(SESSION).json().path("csrfToken").asText();

		HttpSession.Response signOut = http.delete(SESSION, firstToken);
		assertEquals(200, signOut.status(), signOut.toString());
		assertFalse(http.get(HttpSession.HOST_SESSION_PATH).json().path("authenticated").asBoolean(),
		    "the host sees the session signed out");

		HttpSession.Response again = http.signInThroughHost(DemoAccount.DOCTOR);
		assertTrue(again.json().path("authenticated").asBoolean(), again.toString());
		JsonNode me = http.get(SESSION).json();
		assertTrue(me.path("authenticated").asBoolean(), me.toString());
		assertNotEquals(firstToken, me.path("csrfToken").asText(), "a new session, a new token");
	}

	@Test
	void wrongHostCredentialsLeaveTheSessionSignedOut(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		HttpSession.Response host = http.signInThroughHost(DemoAccount.DOCTOR.getUsername(), "wrong");

		assertFalse(host.json().path("authenticated").asBoolean(), host.toString());
		assertFalse(http.get(SESSION).json().path("authenticated").asBoolean());
	}

	private static String patientUuid(HttpSession http) throws Exception {
		HttpSession.Response found = http.get("/ws/rest/v1/boundaries/patient?q=Carter&limit=1");
		assertEquals(200, found.status(), found.toString());
		return found.json().path("results").path(0).path("uuid").asText();
	}

	private static String contactFor(String patientUuid, String providerUuid) {
		return "{\"patient\":\"" + patientUuid + "\",\"provider\":\"" + providerUuid + "\","
		        + "\"occurredAt\":\"2026-01-05T10:00:00.000+0000\","
		        + "\"direction\":\"INBOUND\",\"channel\":\"CLINIC_PHONE\",\"summary\":\"Asked about results\","
		        + "\"category\":\"ROUTINE\"}";
	}
}
