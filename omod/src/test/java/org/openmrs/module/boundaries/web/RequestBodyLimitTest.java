package org.openmrs.module.boundaries.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.openmrs.api.context.Context;
import org.springframework.http.MediaType;

public class RequestBodyLimitTest extends BoundariesWebTest {

	@Test
	public void bodyOverTheCapIsRefusedWith413BeforeAnythingHappens() throws Exception {
		char[] padding = new char[RequestBodyLimit.MAX_BYTES];
		Arrays.fill(padding, 'a');
		String body = "{\"username\":\"admin\",\"password\":\"test\",\"x\":\"" + new String(padding) + "\"}";

		mockMvc.perform(post(API + "/session").contentType(MediaType.APPLICATION_JSON).content(body))
		        .andExpect(status().isPayloadTooLarge()).andExpect(jsonPath("$.error.code").value("boundaries.error.tooLarge"));
		org.junit.jupiter.api.Assertions.assertFalse(Context.isAuthenticated());
	}

	@Test
	public void bodyUnderTheCapIsRead() throws Exception {
		mockMvc.perform(post(API + "/session").contentType(MediaType.APPLICATION_JSON)
		        .content("{\"username\":\"admin\",\"password\":\"test\"}")).andExpect(status().isOk());
	}
}
