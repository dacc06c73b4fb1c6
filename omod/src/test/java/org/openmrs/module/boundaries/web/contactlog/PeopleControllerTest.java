package org.openmrs.module.boundaries.web.contactlog;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;

public class PeopleControllerTest extends ContactLogWebTest {

	@Test
	public void aDoctorFindsAPatientByName() throws Exception {
		mockMvc.perform(doctor().with(get(API + "/patient")).param("q", "Hornblower")).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results[0].uuid").value(HORATIO));
	}

	@Test
	public void aDoctorOpensAPatientByUuid() throws Exception {
		mockMvc.perform(doctor().with(get(API + "/patient/" + HORATIO))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.display").value(containsString("Hornblower")));
		mockMvc.perform(doctor().with(get(API + "/patient/" + UNKNOWN))).andExpect(status().isNotFound());
	}

	@Test
	public void anonymousRequestsAreUnauthenticated() throws Exception {
		mockMvc.perform(get(API + "/patient").param("q", "Hornblower")).andExpect(status().isUnauthorized());
		mockMvc.perform(get(API + "/contact/providers")).andExpect(status().isUnauthorized());
	}

	@Test
	public void patientsCannotSearchForPatients() throws Exception {
		mockMvc.perform(patient().with(get(API + "/patient")).param("q", "Hornblower")).andExpect(status().isForbidden());
		mockMvc.perform(patient().with(get(API + "/patient/" + HORATIO))).andExpect(status().isForbidden());
	}

	@Test
	public void anEmptyOrHugeQueryIsABadRequest() throws Exception {
		SignedIn doctor = doctor();
		mockMvc.perform(doctor.with(get(API + "/patient")).param("q", " ")).andExpect(status().isBadRequest());
		mockMvc.perform(doctor.with(get(API + "/patient")).param("q", new String(new char[101]).replace('\0', 'a')))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.q").isArray());
	}

	@Test
	public void aDoctorFindsProvidersForTheForms() throws Exception {
		mockMvc.perform(doctor().with(get(API + "/contact/providers")).param("q", "Colleague"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.results[0].uuid").value(COLLEAGUE_PROVIDER))
		        .andExpect(jsonPath("$.results[0].identifier").value("DOC-2"));
		mockMvc.perform(patient().with(get(API + "/contact/providers")).param("q", "Colleague"))
		        .andExpect(status().isForbidden());
	}
}
