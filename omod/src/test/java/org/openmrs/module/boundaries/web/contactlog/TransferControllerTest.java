package org.openmrs.module.boundaries.web.contactlog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.node.ObjectNode;

public class TransferControllerTest extends ContactLogWebTest {

	private static final String TRANSFER = API + "/transfer";

	private static ObjectNode transfer() {
		return object().put("patient", HORATIO).put("fromProvider", DOCTOR_PROVIDER).put("toProvider", COLLEAGUE_PROVIDER)
		        .put("reason", "Romantic advances continued after a warning").put("endsRelationship", true)
		        .put("patientWarnedFirst", true).put("toldInWriting", true).put("letterDate", "2025-06-01")
		        .put("recordsPassedOn", "2025-06-02").put("effectiveDate", "2025-06-03");
	}

	private MvcResult create(SignedIn who, ObjectNode body) throws Exception {
		return mockMvc.perform(who.with(post(TRANSFER)).contentType(MediaType.APPLICATION_JSON).content(body.toString()))
		        .andReturn();
	}

	@Test
	public void aPatientIsRefusedTransfers() throws Exception {
		SignedIn patient = patient();
		mockMvc.perform(patient.with(get(TRANSFER)).param("patient", HORATIO)).andExpect(status().isForbidden());
		assertEquals(403, create(patient, transfer()).getResponse().getStatus());
		assertEquals(0, rows("boundaries_care_transfer"));
	}

	@Test
	public void aDoctorRecordsATransferWhichWritesItsOwnLogEntry() throws Exception {
		SignedIn doctor = doctor();
		MvcResult result = create(doctor, transfer());
		assertEquals(201, result.getResponse().getStatus());
		assertEquals("Colin Colleague", body(result).at("/toProvider/display").asText());
		String entry = body(result).at("/contactLogEntry/uuid").asText();
		mockMvc.perform(doctor.with(get(API + "/contact")).param("patient", HORATIO))
		        .andExpect(jsonPath("$.results[0].uuid").value(entry))
		        .andExpect(jsonPath("$.results[0].category").value("CARE_TRANSFER"));
		mockMvc.perform(doctor.with(get(TRANSFER)).param("patient", HORATIO))
		        .andExpect(jsonPath("$.results[0].endsRelationship").value(true));
	}

	@Test
	public void aTransferToTheSameProviderIsRefusedAndNothingIsWritten() throws Exception {
		MvcResult result = create(doctor(), transfer().put("toProvider", DOCTOR_PROVIDER));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/toProvider").isArray());
		assertEquals(0, rows("boundaries_care_transfer"));
		assertEquals(2, rows("boundaries_contact_log_entry"));
	}

	@Test
	public void anUnknownProviderIsABadRequestNamingTheField() throws Exception {
		MvcResult result = create(doctor(), transfer().put("toProvider", UNKNOWN));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/toProvider").isArray());
	}

	@Test
	public void aYesOrNoFieldMustBeABoolean() throws Exception {
		MvcResult result = create(doctor(), transfer().put("toldInWriting", "sort of"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/toldInWriting").isArray());
	}

	@Test
	public void voidingATransferVoidsItsLogEntry() throws Exception {
		SignedIn doctor = doctor();
		String uuid = body(create(doctor, transfer())).get("uuid").asText();
		mockMvc.perform(doctor.with(delete(TRANSFER + "/" + uuid)).param("reason", "Wrong patient"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(true));
		assertEquals(0, rows("boundaries_care_transfer"));
		assertEquals(2, rows("boundaries_contact_log_entry"));
	}

	@Test
	public void theEntryOfATransferCannotBeVoidedOnItsOwn() throws Exception {
		SignedIn doctor = doctor();
		String entry = body(create(doctor, transfer())).at("/contactLogEntry/uuid").asText();
		mockMvc.perform(doctor.with(delete(API + "/contact/" + entry)).param("reason", "Not needed"))
		        .andExpect(status().isConflict());
		assertEquals(3, rows("boundaries_contact_log_entry"));
	}

	@Test
	public void aDateBefore1900IsRefusedAndNothingIsWritten() throws Exception {
		MvcResult result = create(doctor(), transfer().put("effectiveDate", "0001-01-01"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals("Enter a date between the years 1900 and 9999.",
		    body(result).at("/error/fieldErrors/effectiveDate/0/message").asText());
		assertEquals(0, rows("boundaries_care_transfer"));
	}
}
