package org.openmrs.module.boundaries.web.contactlog;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

import com.fasterxml.jackson.databind.node.ObjectNode;

public class GiftControllerTest extends ContactLogWebTest {

	private static final String GIFT = API + "/gift";

	private static final String TABLE = "boundaries_gift";

	private static ObjectNode watch() {
		return object().put("patient", HORATIO).put("description", "Wristwatch").put("kind", "PERSONAL_ITEM")
		        .put("estimatedValue", 150).put("recipientProvider", DOCTOR_PROVIDER).put("donor", "PATIENT")
		        .put("offeredOn", "2025-06-01").put("decision", "DECLINED").put("reason", "Too valuable");
	}

	private MvcResult create(SignedIn who, ObjectNode body) throws Exception {
		return mockMvc.perform(who.with(post(GIFT)).contentType(MediaType.APPLICATION_JSON).content(body.toString()))
		        .andReturn();
	}

	@Test
	public void aPatientIsRefusedEveryGiftEndpoint() throws Exception {
		SignedIn patient = patient();
		mockMvc.perform(patient.with(get(GIFT)).param("patient", HORATIO)).andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(GIFT + "/" + CHOCOLATES))).andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(GIFT + "/assessment")).param("patient", HORATIO).param("estimatedValue", "5"))
		        .andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(GIFT)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
		        .andExpect(status().isForbidden());
		assertEquals(403, create(patient, watch()).getResponse().getStatus());
		mockMvc.perform(patient.with(delete(GIFT + "/" + CHOCOLATES)).param("reason", "x"))
		        .andExpect(status().isForbidden());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void anonymousRequestsAreUnauthenticated() throws Exception {
		mockMvc.perform(get(GIFT).param("patient", HORATIO)).andExpect(status().isUnauthorized());
	}

	@Test
	public void aDoctorSeesThePatientsGiftsWithThePolicy() throws Exception {
		mockMvc.perform(doctor().with(get(GIFT)).param("patient", HORATIO)).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results[0].uuid").value(CASH))
		        .andExpect(jsonPath("$.results[0].requiresDeclaration").value(true))
		        .andExpect(jsonPath("$.results[1].requiresDeclaration").value(false))
		        .andExpect(jsonPath("$.policy.currency").value("GBP"));
	}

	@Test
	public void theListNarrowsToGiftsAwaitingDeclarationAndCountsThem() throws Exception {
		mockMvc.perform(doctor().with(get(GIFT)).param("patient", HORATIO).param("awaitingDeclaration", "true")
		        .param("totalCount", "true")).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results.length()").value(1)).andExpect(jsonPath("$.results[0].uuid").value(CASH))
		        .andExpect(jsonPath("$.totalCount").value(1));
	}

	@Test
	public void recordingAGiftOverTheThresholdAnswersWithTheWarning() throws Exception {
		MvcResult result = create(doctor(), watch());
		assertEquals(201, result.getResponse().getStatus());
		assertEquals("GBP", body(result).get("currency").asText());
		assertEquals("boundaries.contactlog.gift.warning.value",
		    body(result).at("/assessment/warnings/0/code").asText());
		assertEquals(3, rows(TABLE));
	}

	@Test
	public void theFormIsWarnedWhenTheRunningTotalReachesTheThreshold() throws Exception {
		// chocolates (15) were accepted in March 2025; 90 more reaches 100
		mockMvc.perform(doctor().with(get(GIFT + "/assessment")).param("patient", HORATIO).param("estimatedValue", "90")
		        .param("offeredOn", "2025-06-01").param("kind", "CONSUMABLE")).andExpect(status().isOk())
		        .andExpect(jsonPath("$.runningTotal").value(105))
		        .andExpect(jsonPath("$.warnings[0].code").value("boundaries.contactlog.gift.warning.runningTotal"))
		        .andExpect(jsonPath("$.warnings[0].message").value(containsString("105")));
	}

	@Test
	public void theFormIsWarnedWhenCashIsOffered() throws Exception {
		mockMvc.perform(doctor().with(get(GIFT + "/assessment")).param("patient", HORATIO).param("estimatedValue", "5")
		        .param("offeredOn", "2024-01-01").param("kind", "CASH_OR_VOUCHER"))
		        .andExpect(jsonPath("$.warnings[0].code").value("boundaries.contactlog.gift.warning.cash"));
	}

	@Test
	public void aNegativeValueIsRefusedAndNothingIsWritten() throws Exception {
		MvcResult result = create(doctor(), watch().put("estimatedValue", -5));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals("boundaries.error.estimatedValue.negative",
		    body(result).at("/error/fieldErrors/estimatedValue/0/code").asText());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void anAbsurdValueIsRefused() throws Exception {
		MvcResult result = create(doctor(), watch().put("estimatedValue", "1e12"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/estimatedValue").isArray());
	}

	@Test
	public void aValueThatIsNotANumberIsABadRequestNamingTheField() throws Exception {
		MvcResult result = create(doctor(), watch().put("estimatedValue", "a lot"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/estimatedValue").isArray());
	}

	@Test
	public void aMalformedDayIsABadRequestNamingTheField() throws Exception {
		MvcResult result = create(doctor(), watch().put("offeredOn", "2025-02-30"));
		assertEquals(400, result.getResponse().getStatus());
		assertEquals(true, body(result).at("/error/fieldErrors/offeredOn").isArray());
		assertEquals(2, rows(TABLE));
	}

	@Test
	public void aDoctorVoidsAGiftWithAReason() throws Exception {
		mockMvc.perform(doctor().with(delete(GIFT + "/" + CHOCOLATES)).param("reason", "Recorded twice"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(true));
		assertEquals(1, rows(TABLE));
	}

	@Test
	public void aCorrectedGiftVoidsTheOriginal() throws Exception {
		SignedIn doctor = doctor();
		MvcResult result = create(doctor, watch().put("corrects", CASH).put("correctionReason", "It was a watch"));
		assertEquals(201, result.getResponse().getStatus());
		mockMvc.perform(doctor.with(get(GIFT + "/" + CASH))).andExpect(jsonPath("$.voided").value(true));
	}

	@Test
	public void theRegisterByPeriodIsForManagersOnly() throws Exception {
		mockMvc.perform(doctor().with(get(GIFT)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
		        .andExpect(status().isForbidden());
		mockMvc.perform(manager().with(get(GIFT)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.results.length()").value(2))
		        .andExpect(jsonPath("$.results[0].patient.uuid").value(HORATIO));
	}

	@Test
	public void aPatientsGiftsExportAsCsv() throws Exception {
		mockMvc.perform(doctor().with(get(GIFT)).param("patient", HORATIO).param("format", "csv"))
		        .andExpect(status().isOk()).andExpect(content().string(containsString("Envelope with cash")))
		        .andExpect(content().string(containsString("Declined")));
	}

	@Test
	public void anUnknownKindOrDecisionInTheAssessmentIsABadRequestNamingIt() throws Exception {
		mockMvc.perform(doctor().with(get(GIFT + "/assessment")).param("patient", HORATIO).param("estimatedValue", "5")
		        .param("kind", "GOLD")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.kind").isArray());
		mockMvc.perform(doctor().with(get(GIFT + "/assessment")).param("patient", HORATIO).param("estimatedValue", "5")
		        .param("decision", "ACCEPTED", "DECLINED")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.decision").isArray());
	}
}
