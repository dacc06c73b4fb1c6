package org.openmrs.module.boundaries.web.contactlog;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

public class ReportControllerTest extends ContactLogWebTest {

	private static final String GIFTS = API + "/report/gifts";

	private static final String CONCERNS = API + "/report/concerns";

	@Test
	public void reportsAreForHoldersOfTheReportsPrivilegeOnly() throws Exception {
		mockMvc.perform(get(CONCERNS).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
		        .andExpect(status().isUnauthorized());
		for (SignedIn refused : new SignedIn[] { doctor(), patient() }) {
			mockMvc.perform(refused.with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
			        .andExpect(status().isForbidden());
			mockMvc.perform(refused.with(get(CONCERNS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
			        .andExpect(status().isForbidden());
		}
	}

	@Test
	public void theGiftRegisterListsThePeriodsGiftsAcrossPatients() throws Exception {
		mockMvc.perform(manager().with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.results.length()").value(2))
		        .andExpect(jsonPath("$.results[0].description").value("Envelope with cash"))
		        .andExpect(jsonPath("$.policy.threshold").value(100));
	}

	@Test
	public void theGiftRegisterFiltersByDecisionProviderAndThreshold() throws Exception {
		SignedIn manager = manager();
		mockMvc.perform(manager.with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("decision", "ACCEPTED")).andExpect(jsonPath("$.results[0].uuid").value(CHOCOLATES))
		        .andExpect(jsonPath("$.results.length()").value(1));
		mockMvc.perform(manager.with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("aboveThreshold", "true")).andExpect(jsonPath("$.results[0].uuid").value(CASH))
		        .andExpect(jsonPath("$.results.length()").value(1));
		mockMvc.perform(manager.with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("provider", COLLEAGUE_PROVIDER)).andExpect(jsonPath("$.results.length()").value(0));
	}

	@Test
	public void theGiftRegisterExportsAsCsv() throws Exception {
		mockMvc.perform(manager().with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("format", "csv")).andExpect(status().isOk())
		        .andExpect(header().string("Content-Type", startsWith("text/csv")))
		        .andExpect(header().string("Content-Disposition", containsString("gift-register-2025-01-01-to-2025-12-31")))
		        .andExpect(content().string(containsString("Box of chocolates")));
	}

	@Test
	public void theGiftRegisterCsvHasAHeaderAndARowPerGiftNamingItsPeople() throws Exception {
		String csv = mockMvc.perform(manager().with(get(GIFTS)).param("fromDate", "2025-01-01")
		        .param("toDate", "2025-12-31").param("format", "csv")).andExpect(status().isOk()).andReturn()
		        .getResponse().getContentAsString(StandardCharsets.UTF_8);
		String[] lines = csv.split("\r\n");
		assertEquals(3, lines.length, csv);
		assertTrue(lines[0].startsWith("\uFEFFDate offered,Patient,"), lines[0]);
		assertTrue(lines[1].startsWith("2025-04-01,") && lines[1].contains(",Envelope with cash,")
		        && lines[1].contains(",Ada Doctor,") && lines[1].endsWith("," + CASH), lines[1]);
		assertTrue(lines[2].endsWith("," + CHOCOLATES), lines[2]);
	}

	@Test
	public void aGiftRegisterCsvRefusedIsAnErrorNotAFile() throws Exception {
		mockMvc.perform(manager().with(get(GIFTS)).param("fromDate", "2025-02-30").param("toDate", "2025-12-31")
		        .param("format", "csv")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.fromDate").exists());
		mockMvc.perform(doctor().with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("format", "csv")).andExpect(status().isForbidden())
		        .andExpect(header().doesNotExist("Content-Disposition"));
	}

	@Test
	public void theConcernReportCountsConcernsByProviderAndKind() throws Exception {
		mockMvc.perform(manager().with(get(CONCERNS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31"))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.results.length()").value(1))
		        .andExpect(jsonPath("$.results[0].provider.display").value("Ada Doctor"))
		        .andExpect(jsonPath("$.results[0].kind").value("ROMANTIC_OR_SEXUAL"))
		        .andExpect(jsonPath("$.results[0].medium").value(1)).andExpect(jsonPath("$.results[0].total").value(1));
	}

	@Test
	public void theConcernReportExportsAsCsv() throws Exception {
		mockMvc.perform(manager().with(get(CONCERNS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("format", "csv")).andExpect(content().string(containsString("Ada Doctor,DOC-1,Romantic or sexual,0,1,0,1")));
	}

	@Test
	public void aPeriodEndingBeforeItStartsIsABadRequest() throws Exception {
		mockMvc.perform(manager().with(get(CONCERNS)).param("fromDate", "2025-12-31").param("toDate", "2025-01-01"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.toDate").isArray());
	}

	@Test
	public void aMissingOrMalformedDateIsABadRequestNamingIt() throws Exception {
		SignedIn manager = manager();
		mockMvc.perform(manager.with(get(GIFTS)).param("toDate", "2025-12-31")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.fromDate").isArray());
		mockMvc.perform(manager.with(get(GIFTS)).param("fromDate", "01/01/2025").param("toDate", "2025-12-31"))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.fromDate").isArray());
	}

	@Test
	public void anUnknownDecisionOrPagingIsABadRequest() throws Exception {
		SignedIn manager = manager();
		mockMvc.perform(manager.with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("decision", "KEPT")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.decision").isArray());
		mockMvc.perform(manager.with(get(GIFTS)).param("fromDate", "2025-01-01").param("toDate", "2025-12-31")
		        .param("limit", "many")).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.limit").isArray());
	}
}
