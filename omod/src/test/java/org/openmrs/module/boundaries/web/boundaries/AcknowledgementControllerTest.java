package org.openmrs.module.boundaries.web.boundaries;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

public class AcknowledgementControllerTest extends BoundariesControllerTest {

	private static final String ACKNOWLEDGEMENT = "/acknowledgement";

	private static MockHttpServletRequestBuilder acknowledge(String json) {
		return post(API + ACKNOWLEDGEMENT).contentType(MediaType.APPLICATION_JSON).content(json);
	}

	private void patient2StillNeedsToAcknowledge() throws Exception {
		getAs(as("patient2"), ACKNOWLEDGEMENT + "/status?provider=" + DOCTOR)
		        .andExpect(jsonPath("$.needsAcknowledgement").value(true));
	}

	@Test
	public void aPatientAcknowledgesThroughThePortal() throws Exception {
		SignedIn patient2 = as("patient2");
		getAs(patient2, ACKNOWLEDGEMENT + "/status?provider=" + DOCTOR).andExpect(status().isOk())
		        .andExpect(jsonPath("$.needsAcknowledgement").value(true));
		mockMvc.perform(patient2.with(acknowledge("{\"provider\":\"" + DOCTOR + "\"}"))).andExpect(status().isCreated())
		        .andExpect(jsonPath("$.method").value("PORTAL")).andExpect(jsonPath("$.version").value(2))
		        .andExpect(jsonPath("$.patient.uuid").value(PATIENT2))
		        .andExpect(jsonPath("$.recordedBy.display").value("Jo Lindqvist"));
		getAs(patient2, ACKNOWLEDGEMENT + "/status?provider=" + DOCTOR)
		        .andExpect(jsonPath("$.needsAcknowledgement").value(false));
	}

	@Test
	public void aPatientCannotAcknowledgeForAnotherPatient() throws Exception {
		mockMvc.perform(as("patient").with(acknowledge("{\"patient\":\"" + PATIENT2 + "\",\"provider\":\"" + DOCTOR + "\"}")))
		        .andExpect(status().isForbidden());
		patient2StillNeedsToAcknowledge();
	}

	@Test
	public void aPatientCannotClaimAnAcknowledgementInClinic() throws Exception {
		mockMvc.perform(as("patient2").with(acknowledge("{\"provider\":\"" + DOCTOR + "\",\"method\":\"IN_CLINIC\"}")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.method").isArray());
		patient2StillNeedsToAcknowledge();
	}

	@Test
	public void staffRecordAnAcknowledgementMadeInClinic() throws Exception {
		mockMvc.perform(as("doctor").with(acknowledge("{\"patient\":\"" + PATIENT2 + "\",\"provider\":\"" + DOCTOR + "\"}")))
		        .andExpect(status().isCreated()).andExpect(jsonPath("$.method").value("IN_CLINIC"))
		        .andExpect(jsonPath("$.recordedBy.display").value("Amelia Hart"));
	}

	@Test
	public void staffMustNameThePatient() throws Exception {
		mockMvc.perform(as("doctor").with(acknowledge("{\"provider\":\"" + DOCTOR + "\"}")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.patient").isArray());
	}

	@Test
	public void badInputIsRefusedAndNothingIsWritten() throws Exception {
		SignedIn patient2 = as("patient2");
		mockMvc.perform(patient2.with(acknowledge("{\"provider\":\"no-such-provider\"}"))).andExpect(status().isNotFound());
		mockMvc.perform(patient2.with(acknowledge("{\"provider\":\"" + DOCTOR + "\",\"method\":\"CARRIER_PIGEON\"}")))
		        .andExpect(status().isBadRequest());
		mockMvc.perform(patient2.with(acknowledge("{\"provider\":"))).andExpect(status().isBadRequest());
		mockMvc.perform(patient2.with(acknowledge("{}"))).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.provider").isArray());
		patient2StillNeedsToAcknowledge();
	}

	@Test
	public void acknowledgingWithoutTheCsrfTokenIsRefused() throws Exception {
		mockMvc.perform(acknowledge("{\"provider\":\"" + DOCTOR + "\"}").session(as("patient2").session))
		        .andExpect(status().isForbidden());
		patient2StillNeedsToAcknowledge();
	}

	@Test
	public void anAnonymousRequestIsUnauthenticated() throws Exception {
		mockMvc.perform(acknowledge("{\"provider\":\"" + DOCTOR + "\"}")).andExpect(status().isUnauthorized());
	}

	@Test
	public void aPatientListsTheirOwnAcknowledgements() throws Exception {
		getAs(as("patient"), ACKNOWLEDGEMENT).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results.length()").value(1))
		        .andExpect(jsonPath("$.results[0].uuid").value(PATIENT_ACKNOWLEDGEMENT))
		        .andExpect(jsonPath("$.results[0].provider.display").value("Amelia Hart"))
		        .andExpect(jsonPath("$.results[0].defaultProfile.version").value(1));
	}

	@Test
	public void aPatientNeverReachesAnotherPatientsAcknowledgements() throws Exception {
		SignedIn patient2 = as("patient2");
		getAs(patient2, ACKNOWLEDGEMENT + "?patient=" + PATIENT).andExpect(status().isForbidden());
		getAs(patient2, ACKNOWLEDGEMENT + "/" + PATIENT_ACKNOWLEDGEMENT).andExpect(status().isForbidden());
		getAs(patient2, ACKNOWLEDGEMENT + "/status?provider=" + DOCTOR + "&patient=" + PATIENT)
		        .andExpect(status().isForbidden());
	}

	@Test
	public void staffListAPatientsAcknowledgements() throws Exception {
		getAs(as("doctor"), ACKNOWLEDGEMENT + "?patient=" + PATIENT2 + "&v=full").andExpect(status().isOk())
		        .andExpect(jsonPath("$.results[0].method").value("IN_CLINIC"))
		        .andExpect(jsonPath("$.results[0].auditInfo.dateCreated").isNotEmpty());
	}

	@Test
	public void aUserWithoutTheModulesPrivilegesIsRefused() throws Exception {
		getAs(as("plain"), ACKNOWLEDGEMENT + "?patient=" + PATIENT).andExpect(status().isForbidden());
	}

	@Test
	public void staffVoidAnAcknowledgementWithAReasonAndThePatientIsAskedAgain() throws Exception {
		SignedIn doctor = as("doctor");
		mockMvc.perform(doctor.with(delete(API + ACKNOWLEDGEMENT + "/" + PATIENT_ACKNOWLEDGEMENT)))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.reason").isArray());
		mockMvc.perform(doctor.with(delete(API + ACKNOWLEDGEMENT + "/" + PATIENT_ACKNOWLEDGEMENT).param("reason",
		    "Wrong patient"))).andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(true))
		        .andExpect(jsonPath("$.auditInfo.voidReason").value("Wrong patient"));
		getAs(as("patient"), ACKNOWLEDGEMENT + "/status?provider=" + DOCTOR)
		        .andExpect(jsonPath("$.needsAcknowledgement").value(true));
	}

	@Test
	public void aPatientCannotVoidTheirAcknowledgement() throws Exception {
		mockMvc.perform(as("patient").with(delete(API + ACKNOWLEDGEMENT + "/" + PATIENT_ACKNOWLEDGEMENT).param("reason",
		    "Changed my mind"))).andExpect(status().isForbidden());
	}
}
