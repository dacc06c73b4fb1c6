package org.openmrs.module.boundaries.web.boundaries;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

public class BoundaryProfileControllerTest extends BoundariesControllerTest {

	private static final String PROFILE = "/profile";

	private static final String VALID_DRAFT = "{\"channelRules\":[{\"channel\":\"PORTAL\",\"stance\":\"WELCOME\"},"
	        + "{\"channel\":\"SOCIAL_MEDIA\",\"stance\":\"NOT_ACCEPTED\",\"note\":\"Please do not add me\"}],"
	        + "\"replyTimeValue\":2,\"replyTimeUnit\":\"WORKING_DAYS\",\"workingDays\":[\"MONDAY\",\"THURSDAY\"],"
	        + "\"workingHoursStart\":\"08:30\",\"workingHoursEnd\":\"16:00\",\"giftPolicy\":\"  Cards only  \","
	        + "\"personalNote\":\"\"}";

	private static MockHttpServletRequestBuilder putDraft(String provider, String json) {
		return put(API + PROFILE + "/draft").param("provider", provider).contentType(MediaType.APPLICATION_JSON)
		        .content(json);
	}

	private void draftIsStill(String personalNote) throws Exception {
		getAs(as("doctor"), PROFILE + "/draft?provider=" + DOCTOR).andExpect(jsonPath("$.personalNote").value(personalNote));
	}

	// Published boundaries

	@Test
	public void aPatientReadsAProvidersBoundariesWithWhatIsInherited() throws Exception {
		getAs(as("patient"), PROFILE + "?provider=" + DOCTOR).andExpect(status().isOk())
		        .andExpect(jsonPath("$.version").value(2)).andExpect(jsonPath("$.profileUuid").value(DOCTOR_V2))
		        .andExpect(jsonPath("$.display").value("Amelia Hart"))
		        .andExpect(jsonPath("$.channelRules[0].channel").value("PORTAL"))
		        .andExpect(jsonPath("$.channelRules[0].stance").value("LIMITED"))
		        .andExpect(jsonPath("$.channelRules[6].inherited").value(true))
		        .andExpect(jsonPath("$.giftPolicy").value("No gifts above 20 GBP"))
		        .andExpect(jsonPath("$.inherited").value(hasItem("giftPolicy")))
		        .andExpect(jsonPath("$.personalNote").value("Hello"));
	}

	@Test
	public void theOrganisationDefaultIsReadAsProviderDefault() throws Exception {
		getAs(as("patient"), PROFILE + "?provider=default").andExpect(status().isOk())
		        .andExpect(jsonPath("$.version").value(1)).andExpect(jsonPath("$.emergencyInstructions").value("Call 999"));
	}

	@Test
	public void readingBoundariesNeedsASignedInUser() throws Exception {
		mockMvc.perform(get(API + PROFILE).param("provider", DOCTOR)).andExpect(status().isUnauthorized());
	}

	@Test
	public void aUserWithoutTheModulesPrivilegesIsRefused() throws Exception {
		getAs(as("plain"), PROFILE + "?provider=" + DOCTOR).andExpect(status().isForbidden());
	}

	@Test
	public void anUnknownProviderIsNotFound() throws Exception {
		getAs(as("patient"), PROFILE + "?provider=nobody").andExpect(status().isNotFound());
	}

	@Test
	public void theProviderParameterIsRequired() throws Exception {
		getAs(as("patient"), PROFILE).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.provider").isArray());
	}

	@Test
	public void aPatientSeesWhomTheyMayMessageAndWhatTheyStillHaveToRead() throws Exception {
		getAs(as("patient"), PROFILE + "/providers").andExpect(status().isOk())
		        .andExpect(jsonPath("$.results[?(@.provider.uuid == '" + DOCTOR + "')].needsAcknowledgement").value(false))
		        .andExpect(jsonPath("$.results[?(@.provider.uuid == '" + WITHOUT_PROFILE + "')].needsAcknowledgement")
		                .value(true))
		        .andExpect(jsonPath("$.results[*].provider.uuid").value(not(hasItem(DOCTOR2))));
	}

	@Test
	public void theProviderListPagesWithANextLink() throws Exception {
		getAs(as("patient"), PROFILE + "/providers?limit=1").andExpect(status().isOk())
		        .andExpect(jsonPath("$.results.length()").value(1)).andExpect(jsonPath("$.links[0].rel").value("next"));
	}

	@Test
	public void theHistoryListsPublishedVersionsNewestFirst() throws Exception {
		getAs(as("patient"), PROFILE + "/history?provider=" + DOCTOR + "&limit=1").andExpect(status().isOk())
		        .andExpect(jsonPath("$.results[0].version").value(2)).andExpect(jsonPath("$.links[0].rel").value("next"));
	}

	@Test
	public void anUnknownRepresentationIsABadRequest() throws Exception {
		getAs(as("patient"), PROFILE + "/history?provider=" + DOCTOR + "&v=everything").andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.v").isArray());
	}

	@Test
	public void aPublishedVersionIsReadByUuid() throws Exception {
		getAs(as("patient"), PROFILE + "/" + DOCTOR_V2 + "?v=full").andExpect(status().isOk())
		        .andExpect(jsonPath("$.status").value("PUBLISHED")).andExpect(jsonPath("$.auditInfo.creator.display").value("Amelia Hart"));
	}

	@Test
	public void aDraftIsNotFoundForAPatient() throws Exception {
		getAs(as("patient"), PROFILE + "/" + DOCTOR_DRAFT).andExpect(status().isNotFound());
		getAs(as("doctor"), PROFILE + "/" + DOCTOR_DRAFT).andExpect(status().isOk())
		        .andExpect(jsonPath("$.status").value("DRAFT"));
	}

	// Drafts

	@Test
	public void aClinicianOpensTheirSavedDraft() throws Exception {
		getAs(as("doctor"), PROFILE + "/draft?provider=" + DOCTOR).andExpect(status().isOk())
		        .andExpect(jsonPath("$.saved").value(true)).andExpect(jsonPath("$.personalNote").value("Draft note"));
	}

	@Test
	public void withoutADraftTheEditorStartsFromThePublishedVersion() throws Exception {
		getAs(as("doctor2"), PROFILE + "/draft?provider=" + DOCTOR2).andExpect(status().isOk())
		        .andExpect(jsonPath("$.saved").value(false)).andExpect(jsonPath("$.uuid").doesNotExist())
		        .andExpect(jsonPath("$.channelRules[0].stance").value("NOT_ACCEPTED"));
	}

	@Test
	public void nobodyElseOpensAProvidersDraft() throws Exception {
		getAs(as("doctor2"), PROFILE + "/draft?provider=" + DOCTOR).andExpect(status().isForbidden());
		getAs(as("patient"), PROFILE + "/draft?provider=" + DOCTOR).andExpect(status().isForbidden());
	}

	@Test
	public void aManagerOpensAnyDraft() throws Exception {
		getAs(as("manager"), PROFILE + "/draft?provider=" + DOCTOR).andExpect(status().isOk());
	}

	@Test
	public void aClinicianSavesTheirDraft() throws Exception {
		SignedIn doctor = as("doctor");
		mockMvc.perform(doctor.with(putDraft(DOCTOR, VALID_DRAFT))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.saved").value(true)).andExpect(jsonPath("$.giftPolicy").value("Cards only"))
		        .andExpect(jsonPath("$.personalNote").doesNotExist())
		        .andExpect(jsonPath("$.workingDays[1]").value("THURSDAY"))
		        .andExpect(jsonPath("$.workingHoursStart").value("08:30"));
		getAs(doctor, PROFILE + "/draft?provider=" + DOCTOR).andExpect(jsonPath("$.replyTimeValue").value(2))
		        .andExpect(jsonPath("$.channelRules[1].note").value("Please do not add me"));
	}

	@Test
	public void aLimitedChannelWithoutANoteIsRefusedAndNothingIsWritten() throws Exception {
		mockMvc.perform(as("doctor").with(putDraft(DOCTOR, "{\"channelRules\":[{\"channel\":\"EMAIL\",\"stance\":\"LIMITED\"}]}")))
		        .andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors['channelRules[0].note'][0].code")
		                .value("boundaries.error.channelRules.note.required"));
		draftIsStill("Draft note");
	}

	@Test
	public void aMalformedTimeIsRefusedNamingTheField() throws Exception {
		mockMvc.perform(as("doctor").with(putDraft(DOCTOR, "{\"workingHoursStart\":\"9am\",\"workingHoursEnd\":\"17:00\"}")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.workingHoursStart").isArray());
		draftIsStill("Draft note");
	}

	@Test
	public void aMissingWorkingDayIsRefusedNamingItsPlace() throws Exception {
		mockMvc.perform(as("doctor").with(putDraft(DOCTOR, "{\"workingDays\":[\"MONDAY\",null]}")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors['workingDays[1]']").isArray());
		draftIsStill("Draft note");
	}

	@Test
	public void aWrongTypeOrUnknownValueIsRefusedNamingTheField() throws Exception {
		SignedIn doctor = as("doctor");
		mockMvc.perform(doctor.with(putDraft(DOCTOR, "{\"replyTimeValue\":\"two\"}"))).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.replyTimeValue").isArray());
		mockMvc.perform(doctor.with(putDraft(DOCTOR, "{\"channelRules\":[{\"channel\":\"PORTAL\",\"stance\":\"MAYBE\"}]}")))
		        .andExpect(status().isBadRequest());
		mockMvc.perform(doctor.with(putDraft(DOCTOR, "{\"favouriteColour\":\"blue\"}"))).andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.favouriteColour").isArray());
		mockMvc.perform(doctor.with(putDraft(DOCTOR, "{\"channelRules\":[{\"channel\":\"PORTAL\",\"stance\":\"WELCOME\",\"x\":1}]}")))
		        .andExpect(status().isBadRequest());
		mockMvc.perform(doctor.with(putDraft(DOCTOR, "{\"personalNote\": "))).andExpect(status().isBadRequest());
		draftIsStill("Draft note");
	}

	@Test
	public void aTooLongTextIsRefused() throws Exception {
		String note = new String(new char[501]).replace('\0', 'a');
		mockMvc.perform(as("doctor").with(putDraft(DOCTOR, "{\"personalNote\":\"" + note + "\"}")))
		        .andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.personalNote[*].code").value(hasItem("boundaries.error.text.tooLong")));
	}

	@Test
	public void savingWithoutTheCsrfTokenIsRefused() throws Exception {
		mockMvc.perform(putDraft(DOCTOR, VALID_DRAFT).session(as("doctor").session)).andExpect(status().isForbidden());
		draftIsStill("Draft note");
	}

	@Test
	public void aClinicianCannotSaveAnotherProvidersDraft() throws Exception {
		mockMvc.perform(as("doctor2").with(putDraft(DOCTOR, VALID_DRAFT))).andExpect(status().isForbidden());
		draftIsStill("Draft note");
	}

	@Test
	public void onlyAManagerSavesTheOrganisationDefault() throws Exception {
		mockMvc.perform(as("doctor").with(putDraft("default", VALID_DRAFT))).andExpect(status().isForbidden());
		mockMvc.perform(as("manager").with(putDraft("default", VALID_DRAFT))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.organisationDefault").value(true));
	}

	@Test
	public void thePreviewShowsTheDraftAsPatientsWillSeeIt() throws Exception {
		getAs(as("doctor"), PROFILE + "/draft/preview?provider=" + DOCTOR).andExpect(status().isOk())
		        .andExpect(jsonPath("$.preview").value(true)).andExpect(jsonPath("$.personalNote").value("Draft note"))
		        .andExpect(jsonPath("$.inherited").value(hasItem("giftPolicy")));
		getAs(as("patient"), PROFILE + "/draft/preview?provider=" + DOCTOR).andExpect(status().isForbidden());
	}

	// Publishing

	@Test
	public void publishingMakesTheDraftTheNextVersion() throws Exception {
		SignedIn doctor = as("doctor");
		mockMvc.perform(doctor.with(post(API + PROFILE + "/publish").param("provider", DOCTOR)))
		        .andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(3))
		        .andExpect(jsonPath("$.status").value("PUBLISHED"));
		getAs(as("patient"), PROFILE + "?provider=" + DOCTOR).andExpect(jsonPath("$.version").value(3))
		        .andExpect(jsonPath("$.personalNote").value("Draft note"));
	}

	@Test
	public void publishingWithoutADraftIsAConflict() throws Exception {
		mockMvc.perform(as("doctor2").with(post(API + PROFILE + "/publish").param("provider", DOCTOR2)))
		        .andExpect(status().isConflict());
	}

	@Test
	public void aPatientCannotPublish() throws Exception {
		mockMvc.perform(as("patient").with(post(API + PROFILE + "/publish").param("provider", DOCTOR)))
		        .andExpect(status().isForbidden());
		getAs(as("patient"), PROFILE + "?provider=" + DOCTOR).andExpect(jsonPath("$.version").value(2));
	}

	@Test
	public void discardingTheDraftLeavesNothingToDiscard() throws Exception {
		SignedIn doctor = as("doctor");
		mockMvc.perform(doctor.with(delete(API + PROFILE + "/draft").param("provider", DOCTOR)))
		        .andExpect(status().isNoContent());
		mockMvc.perform(doctor.with(delete(API + PROFILE + "/draft").param("provider", DOCTOR)))
		        .andExpect(status().isNotFound());
	}
}
