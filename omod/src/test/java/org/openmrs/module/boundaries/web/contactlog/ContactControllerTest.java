package org.openmrs.module.boundaries.web.contactlog;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.node.ObjectNode;

public class ContactControllerTest extends ContactLogWebTest {

	private static final String CONTACT = API + "/contact";

	private static final String TABLE = "boundaries_contact_log_entry";

	private static ObjectNode routineCall() {
		ObjectNode body = object().put("patient", HORATIO)
		        .put("occurredAt", Instant.now().minus(5, ChronoUnit.MINUTES).toString()).put("direction", "OUTBOUND")
		        .put("channel", "CLINIC_PHONE").put("category", "ROUTINE").put("provider", DOCTOR_PROVIDER)
		        .put("summary", "Called back about the repeat prescription");
		body.putArray("actions");
		return body;
	}

	private MvcResult create(SignedIn who, ObjectNode body) throws Exception {
		return mockMvc.perform(who.with(post(CONTACT)).contentType(MediaType.APPLICATION_JSON).content(body.toString()))
		        .andReturn();
	}

	@Test
	public void anonymousRequestsAreUnauthenticated() throws Exception {
		mockMvc.perform(get(CONTACT).param("patient", HORATIO)).andExpect(status().isUnauthorized());
		mockMvc.perform(get(CONTACT + "/" + ROUTINE_CALL)).andExpect(status().isUnauthorized());
	}

	@Test
	public void aPatientIsRefusedEveryContactEndpointEvenForTheirOwnChart() throws Exception {
		SignedIn patient = patient();
		mockMvc.perform(patient.with(get(CONTACT)).param("patient", HORATIO)).andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(CONTACT)).param("patient", HORATIO).param("format", "csv"))
		        .andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(CONTACT + "/" + ROUTINE_CALL))).andExpect(status().isForbidden());
		assertEquals(403, create(patient, routineCall()).getResponse().getStatus());
		mockMvc.perform(patient.with(delete(CONTACT + "/" + ROUTINE_CALL)).param("reason", "x"))
		        .andExpect(status().isForbidden());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void aPatientCannotTellWhetherAUuidExists() throws Exception {
		mockMvc.perform(patient().with(get(CONTACT)).param("patient", UNKNOWN)).andExpect(status().isForbidden());
		mockMvc.perform(patient().with(get(CONTACT + "/" + UNKNOWN))).andExpect(status().isForbidden());
	}

	@Test
	public void aDoctorSeesThePatientsContactsNewestFirstWithWhoRecordedThem() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", HORATIO)).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results.length()").value(2)).andExpect(jsonPath("$.results[0].uuid").value(CONCERN))
		        .andExpect(jsonPath("$.results[0].concernKind").value("ROMANTIC_OR_SEXUAL"))
		        .andExpect(jsonPath("$.results[0].actions[0]").value("PATIENT_TOLD_OF_BOUNDARIES"))
		        .andExpect(jsonPath("$.results[0].recordedBy.display").value("Ada Doctor"))
		        .andExpect(jsonPath("$.results[0].patient.uuid").value(HORATIO))
		        .andExpect(jsonPath("$.results[1].uuid").value(ROUTINE_CALL));
	}

	@Test
	public void theListIsPagedWithANextLink() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", HORATIO).param("limit", "1"))
		        .andExpect(jsonPath("$.results.length()").value(1))
		        .andExpect(jsonPath("$.links[0].uri").value(containsString("startIndex=1")));
	}

	@Test
	public void voidedEntriesAreShownStruckWithTheirReasonWhenAsked() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", HORATIO).param("includeVoided", "true"))
		        .andExpect(jsonPath("$.results.length()").value(3))
		        .andExpect(jsonPath("$.results[?(@.uuid=='" + VOIDED_ENTRY + "')].voidReason")
		                .value("It was a call, not a text"));
	}

	@Test
	public void listingWithoutAPatientIsABadRequestNamingTheParameter() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT))).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.patient").isArray());
	}

	@Test
	public void anUnknownPatientIsABadRequestNamingTheParameter() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", UNKNOWN)).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.patient").isArray());
	}

	@Test
	public void anUnknownEntryIsNotFound() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT + "/" + UNKNOWN))).andExpect(status().isNotFound());
	}

	@Test
	public void aDoctorAddsAContact() throws Exception {
		MvcResult result = create(doctor(), routineCall());
		assertEquals(201, result.getResponse().getStatus());
		assertEquals("Called back about the repeat prescription", body(result).get("summary").asText());
		assertEquals("Ada Doctor", body(result).at("/recordedBy/display").asText());
		assertEquals(3, rows(TABLE));
	}

	@Test
	public void aConcernWithoutItsKindIsRefusedWithFieldErrorsAndNothingIsWritten() throws Exception {
		MvcResult result = create(doctor(), routineCall().put("category", "BOUNDARY_CONCERN"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals("A boundary concern needs its kind.",
		    body(result).at("/error/fieldErrors/concernKind/0/message").asText());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void aContactInTheFutureIsRefused() throws Exception {
		MvcResult result = create(doctor(),
		    routineCall().put("occurredAt", Instant.now().plus(1, ChronoUnit.HOURS).toString()));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals("boundaries.error.occurredAt.future", body(result).at("/error/fieldErrors/occurredAt/0/code").asText());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void anUnknownChannelIsABadRequestNamingTheField() throws Exception {
		MvcResult result = create(doctor(), routineCall().put("channel", "CARRIER_PIGEON"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/channel").isArray());
	}

	@Test
	public void aMalformedMomentIsABadRequestNamingTheField() throws Exception {
		MvcResult result = create(doctor(), routineCall().put("occurredAt", "yesterday at noon"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/occurredAt").isArray());
	}

	@Test
	public void anUnknownProviderIsABadRequestNamingTheField() throws Exception {
		MvcResult result = create(doctor(), routineCall().put("provider", UNKNOWN));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/provider").isArray());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void anOverlongSummaryIsABadRequest() throws Exception {
		MvcResult result = create(doctor(), routineCall().put("summary", new String(new char[2001]).replace('\0', 'x')));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/summary").isArray());
	}

	@Test
	public void aMisspeltFieldIsABadRequest() throws Exception {
		MvcResult result = create(doctor(), routineCall().put("summery", "typo"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/summery").isArray());
	}

	@Test
	public void addingWithoutTheCsrfTokenIsRefused() throws Exception {
		SignedIn doctor = doctor();
		mockMvc.perform(post(CONTACT).session(doctor.session).contentType(MediaType.APPLICATION_JSON)
		        .content(routineCall().toString())).andExpect(status().isForbidden());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void voidingNeedsAReason() throws Exception {
		SignedIn doctor = doctor();
		mockMvc.perform(doctor.with(delete(CONTACT + "/" + ROUTINE_CALL))).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.reason").isArray());
		mockMvc.perform(doctor.with(delete(CONTACT + "/" + ROUTINE_CALL)).param("reason", "  "))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.reason").isArray());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void aDoctorVoidsAnEntryWithAReason() throws Exception {
		mockMvc.perform(doctor().with(delete(CONTACT + "/" + ROUTINE_CALL)).param("reason", "Wrong patient"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(true))
		        .andExpect(jsonPath("$.voidReason").value("Wrong patient"))
		        .andExpect(jsonPath("$.voidedBy.display").value("Ada Doctor"));
		assertEquals(1, rows(TABLE));
	}

	@Test
	public void voidingAVoidedEntryIsAConflict() throws Exception {
		mockMvc.perform(doctor().with(delete(CONTACT + "/" + VOIDED_ENTRY)).param("reason", "Again"))
		        .andExpect(status().isConflict());
	}

	@Test
	public void aCorrectionIsANewEntryAndVoidsTheOriginal() throws Exception {
		SignedIn doctor = doctor();
		MvcResult result = create(doctor,
		    routineCall().put("corrects", ROUTINE_CALL).put("correctionReason", "It was us who called"));
		assertEquals(201, result.getResponse().getStatus());
		assertEquals(ROUTINE_CALL, body(result).at("/corrects/uuid").asText());
		mockMvc.perform(doctor.with(get(CONTACT + "/" + ROUTINE_CALL))).andExpect(jsonPath("$.voided").value(true))
		        .andExpect(jsonPath("$.voidReason").value("It was us who called"));
	}

	@Test
	public void aCorrectionWithoutAReasonIsRefusedAndNothingIsWritten() throws Exception {
		MvcResult result = create(doctor(), routineCall().put("corrects", ROUTINE_CALL));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/correctionReason").isArray());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void theListNarrowsByCategoryAndDaysAndCountsWhatItLists() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", HORATIO).param("category", "BOUNDARY_CONCERN")
		        .param("fromDate", "2025-04-01").param("toDate", "2025-04-30").param("limit", "1")
		        .param("totalCount", "true"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.results.length()").value(1))
		        .andExpect(jsonPath("$.results[0].uuid").value(CONCERN)).andExpect(jsonPath("$.totalCount").value(1));
	}

	@Test
	public void theListCountsOnlyWhenAsked() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", HORATIO))
		        .andExpect(jsonPath("$.totalCount").doesNotExist());
	}

	@Test
	public void aFilterThatCannotBeReadIsABadRequestNamingIt() throws Exception {
		SignedIn doctor = doctor();
		mockMvc.perform(doctor.with(get(CONTACT)).param("patient", HORATIO).param("category", "GOSSIP"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.category").isArray());
		mockMvc.perform(doctor.with(get(CONTACT)).param("patient", HORATIO).param("fromDate", "2025-05-01")
		        .param("toDate", "2025-04-01")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.toDate").isArray());
		mockMvc.perform(doctor.with(get(CONTACT)).param("patient", HORATIO).param("totalCount", "yes"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.totalCount").isArray());
	}

	@Test
	public void theCsvExportKeepsTheListsFilter() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", HORATIO).param("format", "csv")
		        .param("category", "ROUTINE")).andExpect(status().isOk())
		        .andExpect(content().string(containsString("Asked about test results")))
		        .andExpect(content().string(not(containsString("Texted my personal number"))));
	}

	@Test
	public void theLogExportsAsCsvWithAHeaderRow() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT)).param("patient", HORATIO).param("format", "csv"))
		        .andExpect(status().isOk()).andExpect(header().string("Content-Type", startsWith("text/csv")))
		        .andExpect(header().string("Content-Disposition", containsString("attachment")))
		        .andExpect(content().string(containsString("When,Direction,Channel")))
		        .andExpect(content().string(containsString("Texted my personal number asking to meet for a drink")))
		        .andExpect(content().string(containsString("Patient told of boundaries; No reply on a personal channel")));
	}

	@Test
	public void aSpreadsheetFormulaInTheLogIsExportedAsText() throws Exception {
		SignedIn doctor = doctor();
		create(doctor, routineCall().put("summary", "=HYPERLINK(\"http://evil.example\")"));
		mockMvc.perform(doctor.with(get(CONTACT)).param("patient", HORATIO).param("format", "csv"))
		        .andExpect(content().string(containsString("\"'=HYPERLINK(\"\"http://evil.example\"\")\"")));
	}

	@Test
	public void anUnknownViewIsABadRequest() throws Exception {
		mockMvc.perform(doctor().with(get(CONTACT + "/" + ROUTINE_CALL)).param("v", "everything"))
		        .andExpect(status().isBadRequest());
		mockMvc.perform(doctor().with(get(CONTACT + "/" + ROUTINE_CALL)).param("v", "full"))
		        .andExpect(jsonPath("$.auditInfo.creator.display").value("Ada Doctor"));
	}
}
