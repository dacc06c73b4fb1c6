package org.openmrs.module.boundaries.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;

import org.junit.jupiter.api.BeforeEach;
import org.openmrs.api.context.Context;
import org.openmrs.web.test.jupiter.BaseModuleWebContextSensitiveTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.context.web.WebAppConfiguration;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Base of the module's controller tests: the module's real web context (controllers, error advice, CSRF
 * interceptor) on the platform's test context, driven over MockMvc. Tests start signed out.
 */
@WebAppConfiguration // inherited from the platform's base class only since 2.8
public abstract class BoundariesWebTest extends BaseModuleWebContextSensitiveTest {

	protected static final String API = "/rest/v1/boundaries";

	protected static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	private WebApplicationContext webApplicationContext;

	protected MockMvc mockMvc;

	/**
	 * The module's test roles and privileges (the api's TestRoles.xml, see the api's TestRoles): committed before the
	 * test's own data set, because OpenMRS 2.8.9 reads what a role grants in a transaction of its own.
	 */
	protected static final String TEST_ROLES = "org/openmrs/module/boundaries/test/TestRoles.xml";

	@BeforeEach
	public void commitTestRoles() throws SQLException {
		executeDataSet(TEST_ROLES);
		getConnection().commit();
	}

	@BeforeEach
	public void buildMockMvcAndSignOut() {
		mockMvc = MockMvcBuilders.webAppContextSetup(webApplicationContext).build();
		Context.logout();
	}

	/** A browser-like session of a signed-in user: its HTTP session and the CSRF token it was handed. */
	protected static final class SignedIn {

		public final MockHttpSession session;

		public final String csrfToken;

		SignedIn(MockHttpSession session, String csrfToken) {
			this.session = session;
			this.csrfToken = csrfToken;
		}

		/** Adds the session and the CSRF header to a request. */
		public MockHttpServletRequestBuilder with(MockHttpServletRequestBuilder request) {
			return request.session(session).header(CsrfTokens.HEADER, csrfToken);
		}
	}

	protected SignedIn signIn(String username, String password) throws Exception {
		MockHttpSession session = new MockHttpSession();
		MvcResult result = mockMvc.perform(post(API + "/session").session(session).contentType(MediaType.APPLICATION_JSON)
		        .content(credentials(username, password))).andExpect(status().isOk()).andReturn();
		return new SignedIn(session, body(result).get("csrfToken").asText());
	}

	protected static String credentials(String username, String password) throws Exception {
		return JSON.createObjectNode().put("username", username).put("password", password).toString();
	}

	protected static JsonNode body(MvcResult result) throws Exception {
		return JSON.readTree(result.getResponse().getContentAsString());
	}
}
