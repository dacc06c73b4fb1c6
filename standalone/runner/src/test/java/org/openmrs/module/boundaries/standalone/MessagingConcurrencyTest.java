package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Patient and doctor reply to the same thread at the same moment, over real HTTP against the runner's database: every
 * reply is kept, each exactly once, and the thread's messages are numbered 1..n without gaps or repeats.
 */
@ExtendWith(RunnerExtension.class)
class MessagingConcurrencyTest {

	private static final String API = "/ws/rest/v1/boundaries";

	private static final int REPLIES_EACH = 10;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Test
	void parallelRepliesToOneThreadLoseNothingAndKeepOrder(TargetServer server) throws Exception {
		HttpSession patient = new HttpSession(server);
		String patientToken = patient.signIn(DemoAccount.PATIENT).json().get("csrfToken").asText();
		HttpSession doctor = new HttpSession(server);
		String doctorToken = doctor.signIn(DemoAccount.DOCTOR).json().get("csrfToken").asText();
		String thread = threadNamed(patient, "Repeat prescription");

		List<Callable<Integer>> replies = new ArrayList<>();
		for (int i = 0; i < REPLIES_EACH; i++) {
			String patientBody = "patient reply " + i;
			String doctorBody = "doctor reply " + i;
			replies.add(() -> patient.postJson(API + "/thread/" + thread + "/message", body(patientBody), patientToken)
			        .status());
			replies.add(() -> doctor.postJson(API + "/thread/" + thread + "/message", body(doctorBody), doctorToken)
			        .status());
		}
		ExecutorService pool = Executors.newFixedThreadPool(replies.size());
		try {
			for (Future<Integer> status : pool.invokeAll(replies)) {
				assertEquals(201, status.get().intValue());
			}
		}
		finally {
			pool.shutdown();
		}

		JsonNode messages = doctor.get(API + "/thread/" + thread).json().get("messages");
		Set<String> bodies = new HashSet<>();
		for (int i = 0; i < messages.size(); i++) {
			assertEquals(i + 1, messages.get(i).get("sequence").asInt(), "gap-free sequence: " + messages);
			bodies.add(messages.get(i).get("body").asText());
		}
		for (int i = 0; i < REPLIES_EACH; i++) {
			assertTrue(bodies.contains("patient reply " + i), "kept: patient reply " + i);
			assertTrue(bodies.contains("doctor reply " + i), "kept: doctor reply " + i);
		}
	}

	private static String body(String text) {
		return JSON.createObjectNode().put("body", text).toString();
	}

	private static String threadNamed(HttpSession patient, String subject) throws Exception {
		for (JsonNode thread : patient.get(API + "/thread").json().get("results")) {
			if (subject.equals(thread.get("subject").asText())) {
				return thread.get("uuid").asText();
			}
		}
		throw new AssertionError("The demo data has no thread '" + subject + "'");
	}
}
