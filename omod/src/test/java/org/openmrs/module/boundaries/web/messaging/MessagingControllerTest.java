package org.openmrs.module.boundaries.web.messaging;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.module.boundaries.web.BoundariesWebTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.fasterxml.jackson.databind.node.ObjectNode;

public class MessagingControllerTest extends BoundariesWebTest {

	private static final String DATASET = "org/openmrs/module/boundaries/messaging/MessagingDataset.xml";

	private static final String DOCTOR = "00009101-0000-4000-8000-00000000000b";

	private static final String DOCTOR2 = "00009102-0000-4000-8000-00000000000b";

	private static final String COVER = "00009105-0000-4000-8000-00000000000b";

	private static final String PATIENT = "00009103-0000-4000-8000-000000000000";

	private static final String OVERDUE_THREAD = "00009201-0000-4000-8000-0000000000d0";

	private static final String ANSWERED_THREAD = "00009202-0000-4000-8000-0000000000d0";

	private static final String CLOSED_THREAD = "00009203-0000-4000-8000-0000000000d0";

	private static final String PATIENT_MESSAGE = "00009401-0000-4000-8000-00000000000e";

	private static final String STAFF_MESSAGE = "00009405-0000-4000-8000-00000000000e";

	@BeforeEach
	public void loadThreads() {
		executeDataSet(DATASET);
	}

	private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, ObjectNode body) {
		return request.contentType(MediaType.APPLICATION_JSON).content(body.toString());
	}

	private static ObjectNode newThread(String provider, String body) {
		return JSON.createObjectNode().put("provider", provider).put("category", "CLINICAL_QUESTION")
		        .put("subject", "A question").put("body", body);
	}

	private int messageCount(SignedIn who, String thread) throws Exception {
		return body(mockMvc.perform(who.with(get(API + "/thread/" + thread))).andReturn()).get("messages").size();
	}

	@Test
	public void anAnonymousCallerIsAskedToSignIn() throws Exception {
		mockMvc.perform(get(API + "/thread")).andExpect(status().isUnauthorized());
		mockMvc.perform(get(API + "/inbox/summary")).andExpect(status().isUnauthorized());
	}

	@Test
	public void aPatientListsOnlyTheirOwnThreadsUnreadRepliesFirst() throws Exception {
		SignedIn patient = signIn("patient", "test");

		mockMvc.perform(patient.with(get(API + "/thread"))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results.length()").value(2))
		        .andExpect(jsonPath("$.results[0].uuid").value(ANSWERED_THREAD))
		        .andExpect(jsonPath("$.results[0].unread").value(true))
		        .andExpect(jsonPath("$.results[0].flagged").doesNotExist());
	}

	@Test
	public void aPatientStartsAThreadAndSeesTheAutomaticAcknowledgement() throws Exception {
		SignedIn patient = signIn("patient", "test");

		mockMvc.perform(json(patient.with(post(API + "/thread")), newThread(DOCTOR, "<script>alert(1)</script> مرحبا 😀")))
		        .andExpect(status().isCreated())
		        .andExpect(jsonPath("$.messages[0].body").value("<script>alert(1)</script> مرحبا 😀"))
		        .andExpect(jsonPath("$.messages[1].senderRole").value("AUTOMATIC"))
		        .andExpect(jsonPath("$.messages[1].body", containsString("2 working days")))
		        .andExpect(jsonPath("$.awaitingReply").value(true)).andExpect(jsonPath("$.maxLength").value(1500));
	}

	@Test
	public void aClinicianCannotStartAPatientThread() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		mockMvc.perform(json(doctor.with(post(API + "/thread")), newThread(DOCTOR2, "Hello")))
		        .andExpect(status().isForbidden());
	}

	@Test
	public void aStateChangeWithoutTheCsrfTokenIsRefused() throws Exception {
		SignedIn patient = signIn("patient", "test");

		mockMvc.perform(json(post(API + "/thread").session(patient.session), newThread(DOCTOR, "Hello")))
		        .andExpect(status().isForbidden());
	}

	@Test
	public void badNewThreadsAreRefusedWithAClearMessageAndNothingIsWritten() throws Exception {
		SignedIn patient = signIn("patient", "test");
		StringBuilder tooLong = new StringBuilder();
		for (int i = 0; i < 1501; i++) {
			tooLong.append('x');
		}

		mockMvc.perform(json(patient.with(post(API + "/thread")), newThread(DOCTOR, tooLong.toString())))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.body[0].code")
		                .value("boundaries.error.body.tooLong"));
		mockMvc.perform(json(patient.with(post(API + "/thread")), newThread("no-such-provider", "Hello")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.provider").isArray());
		mockMvc.perform(json(patient.with(post(API + "/thread")), newThread(DOCTOR, "Hi").put("category", "GOSSIP")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.category").isArray());
		mockMvc.perform(json(patient.with(post(API + "/thread")), newThread(DOCTOR, "Hi").put("subject", "  ")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.subject").isArray());
		mockMvc.perform(json(patient.with(post(API + "/thread")), newThread(DOCTOR, "Hi").put("colour", "red")))
		        .andExpect(status().isBadRequest());
		mockMvc.perform(patient.with(post(API + "/thread")).contentType(MediaType.APPLICATION_JSON).content("{\"provider\":"))
		        .andExpect(status().isBadRequest());

		mockMvc.perform(patient.with(get(API + "/thread"))).andExpect(jsonPath("$.results.length()").value(2));
	}

	@Test
	public void aPatientCannotOpenAnotherPatientsThread() throws Exception {
		SignedIn patient = signIn("patient", "test");

		mockMvc.perform(patient.with(get(API + "/thread/" + CLOSED_THREAD))).andExpect(status().isForbidden());
		mockMvc.perform(json(patient.with(post(API + "/thread/" + CLOSED_THREAD + "/message")),
		    JSON.createObjectNode().put("body", "Let me in"))).andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(API + "/thread/no-such-thread"))).andExpect(status().isNotFound());
	}

	@Test
	public void aPatientNeverSeesStaffNotesFlagsOrVoidedText() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		mockMvc.perform(doctor.with(delete(API + "/thread/" + ANSWERED_THREAD + "/message/" + STAFF_MESSAGE))
		        .param("reason", "Wrong patient")).andExpect(status().isOk()).andExpect(jsonPath("$.voided").value(true))
		        .andExpect(jsonPath("$.body").value("Yes, it is ready at the pharmacy."));
		mockMvc.perform(json(doctor.with(post(API + "/thread/" + ANSWERED_THREAD + "/assign")),
		    JSON.createObjectNode().put("provider", DOCTOR2).put("note", "Internal"))).andExpect(status().isOk());

		SignedIn patient = signIn("patient", "test");
		mockMvc.perform(patient.with(get(API + "/thread/" + ANSWERED_THREAD))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.messages[2].voided").value(true)).andExpect(jsonPath("$.messages[2].body").isEmpty())
		        .andExpect(jsonPath("$.messages[2].voidReason").doesNotExist())
		        .andExpect(jsonPath("$.messages[*].senderRole", not(hasItem("STAFF_NOTE"))))
		        .andExpect(jsonPath("$.flagged").doesNotExist());
	}

	@Test
	public void noEndpointEditsAMessageBody() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		ObjectNode edit = JSON.createObjectNode().put("body", "Rewritten");

		mockMvc.perform(json(doctor.with(put(API + "/thread/" + OVERDUE_THREAD + "/message/" + PATIENT_MESSAGE)), edit));
		mockMvc.perform(json(doctor.with(patch(API + "/thread/" + OVERDUE_THREAD + "/message/" + PATIENT_MESSAGE)), edit));
		mockMvc.perform(json(doctor.with(post(API + "/thread/" + OVERDUE_THREAD + "/message/" + PATIENT_MESSAGE)), edit));

		mockMvc.perform(doctor.with(get(API + "/thread/" + OVERDUE_THREAD)))
		        .andExpect(jsonPath("$.messages[0].body").value("I have a rash since I started the new cream."))
		        .andExpect(jsonPath("$.messages.length()").value(2));
	}

	@Test
	public void voidingNeedsAReasonAndTheManagePrivilege() throws Exception {
		SignedIn patient = signIn("patient", "test");
		mockMvc.perform(patient.with(delete(API + "/thread/" + OVERDUE_THREAD + "/message/" + PATIENT_MESSAGE))
		        .param("reason", "Regret")).andExpect(status().isForbidden());

		SignedIn doctor = signIn("doctor", "test");
		mockMvc.perform(doctor.with(delete(API + "/thread/" + OVERDUE_THREAD + "/message/" + PATIENT_MESSAGE)))
		        .andExpect(status().isBadRequest());
		mockMvc.perform(doctor.with(get(API + "/thread/" + OVERDUE_THREAD)))
		        .andExpect(jsonPath("$.messages[0].voided").value(false));
	}

	@Test
	public void repliesAreAddedInOrderAndAClosedThreadRefusesThem() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		mockMvc.perform(json(doctor.with(post(API + "/thread/" + OVERDUE_THREAD + "/message")),
		    JSON.createObjectNode().put("body", "Please come in."))).andExpect(status().isCreated())
		        .andExpect(jsonPath("$.message.sequence").value(3)).andExpect(jsonPath("$.thread.awaitingReply").value(false));
		mockMvc.perform(json(doctor.with(post(API + "/thread/" + CLOSED_THREAD + "/message")),
		    JSON.createObjectNode().put("body", "Too late"))).andExpect(status().isConflict());
		mockMvc.perform(doctor.with(post(API + "/thread/" + CLOSED_THREAD + "/reopen"))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.closed").value(false));
		mockMvc.perform(doctor.with(post(API + "/thread/" + OVERDUE_THREAD + "/close"))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.closed").value(true));
		mockMvc.perform(doctor.with(post(API + "/thread/" + OVERDUE_THREAD + "/close"))).andExpect(status().isConflict());
	}

	@Test
	public void theInboxFiltersAndItsCountsAgree() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		mockMvc.perform(doctor.with(get(API + "/inbox/summary"))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.open").value(2)).andExpect(jsonPath("$.unread").value(1))
		        .andExpect(jsonPath("$.awaitingReply").value(1)).andExpect(jsonPath("$.overdue").value(1))
		        .andExpect(jsonPath("$.closed").value(1));
		mockMvc.perform(doctor.with(get(API + "/thread").param("filter", "overdue")))
		        .andExpect(jsonPath("$.results.length()").value(1))
		        .andExpect(jsonPath("$.results[0].overdue").value(true));
		mockMvc.perform(doctor.with(post(API + "/thread/" + OVERDUE_THREAD + "/read"))).andExpect(status().isOk());
		mockMvc.perform(doctor.with(get(API + "/inbox/summary"))).andExpect(jsonPath("$.unread").value(0));
		mockMvc.perform(doctor.with(get(API + "/thread").param("filter", "everything")))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.filter").isArray());
		mockMvc.perform(doctor.with(get(API + "/thread").param("limit", "0"))).andExpect(status().isBadRequest());
	}

	@Test
	public void aPatientHasNoInboxCoverageRestrictionsOrColleagues() throws Exception {
		SignedIn patient = signIn("patient", "test");

		mockMvc.perform(patient.with(get(API + "/inbox/summary"))).andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(API + "/coverage"))).andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(API + "/restriction"))).andExpect(status().isForbidden());
		mockMvc.perform(patient.with(get(API + "/colleague"))).andExpect(status().isForbidden());
		mockMvc.perform(json(patient.with(post(API + "/thread/" + OVERDUE_THREAD + "/flag")),
		    JSON.createObjectNode().put("concernKind", "OTHER").put("severity", "LOW"))).andExpect(status().isForbidden());
	}

	@Test
	public void theChartListsAPatientsThreadsForClinicians() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		mockMvc.perform(doctor.with(get(API + "/thread").param("patient", PATIENT))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results.length()").value(2));
	}

	@Test
	public void flaggingWritesALinkedContactLogEntryAndBadFlagsAreRefused() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		mockMvc.perform(json(doctor.with(post(API + "/thread/" + OVERDUE_THREAD + "/flag")),
		    JSON.createObjectNode().put("message", PATIENT_MESSAGE).put("concernKind", "ROMANTIC_OR_SEXUAL")
		            .put("severity", "HIGH").put("summary", "Declared feelings")))
		        .andExpect(status().isOk()).andExpect(jsonPath("$.flagged").value(true));
		mockMvc.perform(json(doctor.with(post(API + "/thread/" + ANSWERED_THREAD + "/flag")),
		    JSON.createObjectNode().put("severity", "HIGH"))).andExpect(status().isBadRequest());
		mockMvc.perform(json(doctor.with(post(API + "/thread/" + ANSWERED_THREAD + "/flag")),
		    JSON.createObjectNode().put("concernKind", "CRUSH").put("severity", "HIGH"))).andExpect(status().isBadRequest());
		mockMvc.perform(doctor.with(get(API + "/thread/" + ANSWERED_THREAD))).andExpect(jsonPath("$.flagged").value(false));
	}

	@Test
	public void aClinicianSetsEndsAndListsTheirCover() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		String coverage = body(mockMvc.perform(json(doctor.with(post(API + "/coverage")),
		    JSON.createObjectNode().put("coveringProvider", COVER).put("endDate", "2099-01-01T00:00:00.000+0000")))
		        .andExpect(status().isCreated()).andExpect(jsonPath("$.active").value(true)).andReturn()).get("uuid")
		                .asText();
		mockMvc.perform(doctor.with(get(API + "/coverage"))).andExpect(jsonPath("$.results.length()").value(1));
		mockMvc.perform(doctor.with(post(API + "/coverage/" + coverage + "/end"))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.active").value(false));
		mockMvc.perform(doctor.with(post(API + "/coverage/" + coverage + "/end"))).andExpect(status().isConflict());
		mockMvc.perform(json(doctor.with(post(API + "/coverage")), JSON.createObjectNode().put("coveringProvider", DOCTOR)))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.coveringProvider").isArray());
	}

	@Test
	public void aRestrictionIsCreatedListedAndEndedAndThePatientIsToldWhereMessagesGo() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		String restriction = body(mockMvc.perform(json(doctor.with(post(API + "/restriction")),
		    JSON.createObjectNode().put("patient", PATIENT).put("routeTo", DOCTOR2).put("reason", "Personal messages")))
		        .andExpect(status().isCreated()).andExpect(jsonPath("$.cause").value("PROVIDER_RESTRICTION")).andReturn())
		                .get("uuid").asText();
		mockMvc.perform(doctor.with(get(API + "/restriction"))).andExpect(jsonPath("$.results.length()").value(1));

		SignedIn patient = signIn("patient", "test");
		mockMvc.perform(patient.with(get(API + "/recipient/" + DOCTOR))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.routeReason").value("PROVIDER_RESTRICTION"))
		        .andExpect(jsonPath("$.answeredBy.uuid").value(DOCTOR2))
		        .andExpect(jsonPath("$.reason").doesNotExist());

		doctor = signIn("doctor", "test");
		mockMvc.perform(doctor.with(post(API + "/restriction/" + restriction + "/end"))).andExpect(status().isOk());
		mockMvc.perform(doctor.with(get(API + "/restriction"))).andExpect(jsonPath("$.results.length()").value(0));
	}

	@Test
	public void aPatientSeesWhoTheyMayWriteToAndTheirTerms() throws Exception {
		SignedIn patient = signIn("patient", "test");

		mockMvc.perform(patient.with(get(API + "/recipient"))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.results[*].uuid", hasItem(DOCTOR)));
		mockMvc.perform(patient.with(get(API + "/recipient/" + DOCTOR))).andExpect(status().isOk())
		        .andExpect(jsonPath("$.acknowledgementNeeded").value(false))
		        .andExpect(jsonPath("$.boundaries.replyTimeValue").value(2))
		        .andExpect(jsonPath("$.boundaries.emergencyInstructions").value("Call 999"));

		SignedIn doctor = signIn("doctor", "test");
		mockMvc.perform(doctor.with(get(API + "/recipient"))).andExpect(status().isForbidden());
	}

	@Test
	public void aClinicianListsColleaguesButNotThemself() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		String colleagues = mockMvc.perform(doctor.with(get(API + "/colleague"))).andExpect(status().isOk()).andReturn()
		        .getResponse().getContentAsString();
		assertEquals(false, colleagues.contains(DOCTOR));
		assertEquals(true, colleagues.contains(DOCTOR2));
	}

	@Test
	public void messagesStayInSequenceWhenBothSidesWrite() throws Exception {
		SignedIn patient = signIn("patient", "test");
		mockMvc.perform(json(patient.with(post(API + "/thread/" + ANSWERED_THREAD + "/message")),
		    JSON.createObjectNode().put("body", "One more thing"))).andExpect(status().isCreated());
		assertEquals(5, messageCount(patient, ANSWERED_THREAD));
	}

	@Test
	public void aFlagWithAnEmptyActionIsABadRequest() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		ObjectNode flag = JSON.createObjectNode().put("concernKind", "EXCESSIVE_CONTACT").put("severity", "LOW");
		flag.putArray("actions").addNull();

		mockMvc.perform(json(doctor.with(post(API + "/thread/" + ANSWERED_THREAD + "/flag")), flag))
		        .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error.fieldErrors.actions").isArray());
		mockMvc.perform(doctor.with(get(API + "/thread/" + ANSWERED_THREAD))).andExpect(jsonPath("$.flagged").value(false));
	}

	@Test
	public void coverFromBefore1900IsRefusedNamingTheField() throws Exception {
		SignedIn doctor = signIn("doctor", "test");

		mockMvc.perform(json(doctor.with(post(API + "/coverage")),
		    JSON.createObjectNode().put("coveringProvider", COVER).put("startDate", "0001-01-01")))
		        .andExpect(status().isBadRequest())
		        .andExpect(jsonPath("$.error.fieldErrors.startDate[0].code").value("boundaries.error.date.outOfRange"));
		mockMvc.perform(doctor.with(get(API + "/coverage"))).andExpect(jsonPath("$.results.length()").value(0));
	}
}
