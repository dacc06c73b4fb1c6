package org.openmrs.module.boundaries.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/**
 * Requests under the module's prefix that no endpoint takes get the module's JSON errors, never the dispatcher's
 * HTTP 200 carrying an exception. {@link FallbackProbeController} (test only) has the mapping conditions the real
 * controllers use.
 */
public class FallbackControllerTest extends BoundariesWebTest {

	@Test
	public void unknownPathIsAJsonNotFound() throws Exception {
		mockMvc.perform(get(API + "/no-such-resource")).andExpect(status().isNotFound())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.noSuchResource"));
	}

	@Test
	public void unknownPathIsNotFoundForEveryMethodEvenWithoutASession() throws Exception {
		mockMvc.perform(post(API + "/no-such-resource").contentType(MediaType.APPLICATION_JSON).content("{}"))
		        .andExpect(status().isNotFound());
		mockMvc.perform(put(API + "/session/no/such/thing")).andExpect(status().isNotFound());
		mockMvc.perform(delete(API)).andExpect(status().isNotFound());
	}

	@Test
	public void wrongMethodOnAKnownPathIsAJson405NamingTheAllowedMethods() throws Exception {
		mockMvc.perform(put(API + "/session").contentType(MediaType.APPLICATION_JSON).content("{}"))
		        .andExpect(status().isMethodNotAllowed())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.methodNotAllowed"))
		        .andExpect(header().string("Allow", "DELETE, GET, HEAD, POST"))
		        .andExpect(content().string(not(containsString("Exception"))));
		mockMvc.perform(patch(API + "/messages")).andExpect(status().isMethodNotAllowed())
		        .andExpect(header().string("Allow", "GET, HEAD"));
	}

	@Test
	public void bodyThatIsNotJsonForAJsonOnlyEndpointIsUnsupportedMediaType() throws Exception {
		mockMvc.perform(post(FallbackProbeController.PATH).contentType(MediaType.TEXT_PLAIN).content("hello"))
		        .andExpect(status().isUnsupportedMediaType())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.unsupportedMediaType"));
	}

	@Test
	public void parametersNoFormOfTheEndpointTakesAreABadRequest() throws Exception {
		mockMvc.perform(get(FallbackProbeController.PATH).param("format", "xml")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.invalid"));
	}

	@Test
	public void realMappingsStillWin() throws Exception {
		mockMvc.perform(get(FallbackProbeController.PATH).param("format", "csv")).andExpect(status().isOk())
		        .andExpect(content().string("csv"));
		mockMvc.perform(get(API + "/session")).andExpect(status().isOk())
		        .andExpect(jsonPath("$.authenticated").value(false));
	}

	@Test
	public void optionsListsTheAllowedMethods() throws Exception {
		mockMvc.perform(options(API + "/session")).andExpect(status().isOk())
		        .andExpect(header().string("Allow", "DELETE, GET, HEAD, OPTIONS, POST"));
		mockMvc.perform(options(API + "/no-such-resource")).andExpect(status().isNotFound());
	}
}
