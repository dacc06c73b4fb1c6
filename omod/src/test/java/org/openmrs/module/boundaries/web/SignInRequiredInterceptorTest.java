package org.openmrs.module.boundaries.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;

public class SignInRequiredInterceptorTest extends BoundariesWebTest {

	@Test
	public void aSignedOutVisitorCannotTellWhetherAPatientUuidExists() throws Exception {
		mockMvc.perform(get(API + "/acknowledgement").param("patient", UUID.randomUUID().toString()))
		        .andExpect(status().isUnauthorized())
		        .andExpect(jsonPath("$.error.code").value("boundaries.error.unauthenticated"));
	}

	@Test
	public void aSignedOutVisitorIsAskedToSignInBeforeAnyParameterIsChecked() throws Exception {
		mockMvc.perform(get(API + "/acknowledgement")).andExpect(status().isUnauthorized());
	}

	@Test
	public void signInAndTheStringsStayOpen() throws Exception {
		mockMvc.perform(get(API + "/session")).andExpect(status().isOk());
		mockMvc.perform(get(API + "/messages")).andExpect(status().isOk());
	}
}
