package org.openmrs.module.boundaries.web.session;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.web.BoundariesWebTest;
import org.openmrs.module.boundaries.web.CsrfTokens;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

public class SessionControllerTest extends BoundariesWebTest {

	private static final String SESSION = API + "/session";

	@Test
	public void anonymousRequestIsToldNobodyIsSignedIn() throws Exception {
		mockMvc.perform(get(SESSION)).andExpect(status().isOk()).andExpect(jsonPath("$.authenticated").value(false))
		        .andExpect(jsonPath("$.user").doesNotExist());
	}

	@Test
	public void signInWithTheHostsCredentialsDescribesTheUser() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content(credentials("admin", "test")))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.authenticated").value(true))
		        .andExpect(jsonPath("$.user.uuid").isNotEmpty()).andExpect(jsonPath("$.person.uuid").isNotEmpty())
		        .andExpect(jsonPath("$.patient").value(false)).andExpect(jsonPath("$.csrfToken").isNotEmpty())
		        .andExpect(jsonPath("$.privileges[0]").value("Boundaries: Use Portal"));
	}

	@Test
	public void laterRequestsOfTheSameSessionAreSignedIn() throws Exception {
		SignedIn admin = signIn("admin", "test");
		mockMvc.perform(get(SESSION).session(admin.session)).andExpect(jsonPath("$.authenticated").value(true))
		        .andExpect(jsonPath("$.csrfToken").value(admin.csrfToken));
	}

	@Test
	public void wrongPasswordIsRefusedWith401AndAClearMessage() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content(credentials("admin", "wrong")))
		        .andExpect(status().isUnauthorized())
		        .andExpect(jsonPath("$.error.code").value("boundaries.session.invalidCredentials"))
		        .andExpect(jsonPath("$.error.message").value("The username or password is not correct."));
		assertFalse(Context.isAuthenticated());
	}

	@Test
	public void unknownUserGetsTheSameAnswerAsAWrongPassword() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content(credentials("nobody", "x")))
		        .andExpect(status().isUnauthorized())
		        .andExpect(jsonPath("$.error.code").value("boundaries.session.invalidCredentials"));
	}

	@Test
	public void missingPasswordIsABadRequestNamingTheField() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content("{\"username\":\"admin\"}"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.password").isArray());
	}

	@Test
	public void malformedJsonIsABadRequest() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content("{\"username\": "))
		        .andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.malformedJson"))
		        .andExpect(content().string(not(containsString("Exception"))));
	}

	@Test
	public void wrongTypeOfValueIsABadRequestNamingTheField() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content("{\"username\":[1],\"password\":\"x\"}"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.username").isArray());
	}

	@Test
	public void aBodyOfJsonNullIsABadRequest() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content("null"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.code").value("boundaries.error.malformedJson"));
	}

	@Test
	public void unknownFieldIsABadRequestNamingTheField() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON)
		        .content("{\"username\":\"admin\",\"password\":\"test\",\"admin\":true}"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.admin").isArray());
		assertFalse(Context.isAuthenticated());
	}

	@Test
	public void formEncodedSignInIsRefusedSoACrossSiteFormCannotSignSomeoneIn() throws Exception {
		mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("username", "admin")
		        .param("password", "test")).andExpect(status().isUnsupportedMediaType());
		assertFalse(Context.isAuthenticated());
	}

	@Test
	public void signInFromAnotherOriginIsRefused() throws Exception {
		mockMvc.perform(post(SESSION).header("Origin", "https://evil.example").contentType(MediaType.APPLICATION_JSON)
		        .content(credentials("admin", "test"))).andExpect(status().isForbidden())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.crossOrigin"));
		assertFalse(Context.isAuthenticated());
	}

	@Test
	public void signInFromTheSameOriginIsAccepted() throws Exception {
		mockMvc.perform(post(SESSION).header("Origin", "http://localhost").header("Host", "localhost")
		        .contentType(MediaType.APPLICATION_JSON).content(credentials("admin", "test"))).andExpect(status().isOk());
	}

	@Test
	public void signInGivesANewSessionIdAgainstSessionFixation() throws Exception {
		MockHttpSession session = new MockHttpSession();
		String before = session.getId();
		MvcResult result = mockMvc.perform(post(SESSION).session(session).contentType(MediaType.APPLICATION_JSON)
		        .content(credentials("admin", "test"))).andExpect(status().isOk()).andReturn();
		assertNotEquals(before, result.getRequest().getSession().getId());
	}

	@Test
	public void signOutWithoutTheCsrfTokenIsRefused() throws Exception {
		SignedIn admin = signIn("admin", "test");
		mockMvc.perform(delete(SESSION).session(admin.session)).andExpect(status().isForbidden())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.csrf"));
		mockMvc.perform(get(SESSION).session(admin.session)).andExpect(jsonPath("$.authenticated").value(true));
	}

	@Test
	public void signOutWithAWrongCsrfTokenIsRefused() throws Exception {
		SignedIn admin = signIn("admin", "test");
		mockMvc.perform(delete(SESSION).session(admin.session).header(CsrfTokens.HEADER, admin.csrfToken + "x"))
		        .andExpect(status().isForbidden());
	}

	@Test
	public void signOutEndsTheSession() throws Exception {
		SignedIn admin = signIn("admin", "test");
		mockMvc.perform(admin.with(delete(SESSION))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.authenticated").value(false));
		assertTrue(admin.session.isInvalid());
		assertFalse(Context.isAuthenticated());
	}

	@Test
	public void sessionTheHostSignedInGetsItsTokenFromTheSessionEndpoint() throws Exception {
		MockHttpSession hostSession = new MockHttpSession();
		Context.authenticate(new UsernamePasswordCredentials("admin", "test"));

		MvcResult me = mockMvc.perform(get(SESSION).session(hostSession)).andExpect(status().isOk())
		        .andExpect(jsonPath("$.authenticated").value(true)).andExpect(jsonPath("$.csrfToken").isNotEmpty())
		        .andReturn();

		String token = body(me).get("csrfToken").asText();
		mockMvc.perform(delete(SESSION).session(hostSession).header(CsrfTokens.HEADER, token))
		        .andExpect(status().isOk());
	}

	@Test
	public void sessionTheHostSignedInIsForbiddenNotSignedOutWithoutTheToken() throws Exception {
		MockHttpSession hostSession = new MockHttpSession();
		Context.authenticate(new UsernamePasswordCredentials("admin", "test"));

		mockMvc.perform(delete(SESSION).session(hostSession)).andExpect(status().isForbidden())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.csrf"));
		assertTrue(Context.isAuthenticated());
	}

	@Test
	public void stateChangingRequestWithoutAnySessionIsUnauthenticated() throws Exception {
		mockMvc.perform(delete(SESSION)).andExpect(status().isUnauthorized());
	}

	@Test
	public void repeatedFailuresLockTheAccountAsOpenmrsDoes() throws Exception {
		// OpenMRS locks an account after more than "security.allowedFailedLoginsBeforeLockout" (default 7) failures
		for (int attempt = 0; attempt < 8; attempt++) {
			mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON).content(credentials("admin", "wrong")))
			        .andExpect(status().isUnauthorized());
		}
		MvcResult result = mockMvc.perform(post(SESSION).contentType(MediaType.APPLICATION_JSON)
		        .content(credentials("admin", "test"))).andExpect(status().isUnauthorized()).andReturn();
		assertEquals("boundaries.session.lockedOut", body(result).at("/error/code").asText());
		assertFalse(Context.isAuthenticated());
	}
}
