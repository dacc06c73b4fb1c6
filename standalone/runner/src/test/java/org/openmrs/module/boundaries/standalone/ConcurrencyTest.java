package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Side;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Many requests at the same moment, over HTTP: senders on several threads lose nothing and number each thread's
 * messages without gaps; the same message, contact entry or draft voided or published by many requests at once is
 * voided or published exactly once, the others told 409. Never a 5xx.
 */
@Tag("security")
@ExtendWith({ RunnerExtension.class, SecurityReport.class })
class ConcurrencyTest {

	private static final int PARALLEL = 8;

	private static Fixtures fixtures;

	private static ModuleTables tables;

	@BeforeAll
	static void connect() throws Exception {
		fixtures = new Fixtures(RunnerExtension.target());
		tables = new ModuleTables(RunnerExtension.target());
	}

	@AfterAll
	static void disconnect() throws Exception {
		tables.close();
	}

	@Test
	void parallelSendersOnSeveralThreadsLoseNothingAndKeepEachThreadInOrder() throws Exception {
		List<String> threads = new ArrayList<>();
		for (Side side : Side.values()) {
			threads.add(fixtures.thread(side).path("uuid").asText());
			threads.add(fixtures.thread(side).path("uuid").asText());
		}
		String ours = "body LIKE 'parallel %'";
		int before = tables.count("boundaries_message", ours);
		List<Callable<HttpSession.Response>> sends = new ArrayList<>();
		for (int i = 0; i < threads.size(); i++) {
			Side side = i < 2 ? Side.A : Side.B;
			for (int n = 0; n < 6; n++) {
				String thread = threads.get(i);
				String body = "{\"body\":\"parallel " + n + "\"}";
				sends.add(() -> send(Fixtures.patientOf(side), "POST", "/thread/" + thread + "/message", body));
				sends.add(() -> send(Fixtures.doctorOf(side), "POST", "/thread/" + thread + "/message", body));
			}
		}

		List<HttpSession.Response> answers = all(sends);

		for (HttpSession.Response answer : answers) {
			assertEquals(201, answer.status(), answer.toString());
		}
		// every message sent is there once (the automatic acknowledgements come on top)
		assertEquals(before + sends.size(), tables.count("boundaries_message", ours));
		for (String thread : threads) {
			JsonNode messages = fixtures.read(DemoAccount.ADMIN, "/thread/" + thread).path("messages");
			for (int i = 0; i < messages.size(); i++) {
				assertEquals(i + 1, messages.get(i).path("sequence").asInt(), "gap-free order in " + thread);
			}
		}
		SecurityReport.count("concurrent requests", sends.size());
	}

	@Test
	void oneMessageVoidedByManyAtOnceIsVoidedOnce() throws Exception {
		JsonNode thread = fixtures.thread(Side.A);
		String path = "/thread/" + thread.path("uuid").asText() + "/message/"
		        + thread.path("messages").path(0).path("uuid").asText() + "?reason=Sent+in+error";

		exactlyOneWins("DELETE", path, null, 200);
	}

	@Test
	void oneContactEntryVoidedByManyAtOnceIsVoidedOnce() throws Exception {
		String entry = fixtures.resolve("contact", Side.B, true);

		exactlyOneWins("DELETE", "/contact/" + entry + "?reason=Entered+in+error", null, 200);

		assertEquals(1, tables.count("boundaries_contact_log_entry", "uuid = '" + entry + "' AND voided = TRUE"));
	}

	@Test
	void oneDraftPublishedByManyAtOnceBecomesOneVersion() throws Exception {
		String provider = fixtures.resolve("providerWithDraft", Side.B, true);
		int versions = fixtures.read(DemoAccount.ADMIN, "/profile/history?provider=" + provider).path("results").size();

		exactlyOneWins("POST", "/profile/publish?provider=" + provider, null, 201);

		assertEquals(versions + 1,
		    fixtures.read(DemoAccount.ADMIN, "/profile/history?provider=" + provider).path("results").size());
	}

	/** The same request sent by many sessions of the manager at once: one succeeds, the others get a clean 409. */
	private void exactlyOneWins(String method, String path, String body, int success) throws Exception {
		List<HttpSession> sessions = new ArrayList<>();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			HttpSession session = new HttpSession(RunnerExtension.target());
			tokens.add(Fixtures.signIn(session, DemoAccount.MANAGER).path("csrfToken").asText());
			sessions.add(session);
		}
		List<Callable<HttpSession.Response>> requests = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			HttpSession session = sessions.get(i);
			Map<String, String> headers = Collections.singletonMap("X-CSRF-Token", tokens.get(i));
			requests.add(() -> session.send(method, Fixtures.API + path, body == null ? null : "application/json",
			    body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers));
		}

		int wins = 0;
		for (HttpSession.Response answer : all(requests)) {
			if (answer.status() == success) {
				wins++;
			} else {
				assertEquals(409, answer.status(), answer.toString());
				assertNull(AuthorizationMatrixTest.cleanError(answer), answer.toString());
			}
		}
		assertEquals(1, wins, "exactly one of " + PARALLEL + " simultaneous " + method + " " + path);
		SecurityReport.count("concurrent requests", PARALLEL);
	}

	private static HttpSession.Response send(DemoAccount account, String method, String path, String body)
	        throws Exception {
		return fixtures.as(account).send(method, Fixtures.API + path, "application/json",
		    body.getBytes(StandardCharsets.UTF_8), Collections.singletonMap("X-CSRF-Token", fixtures.csrfToken(account)));
	}

	/** Runs the calls all at once (released together) and returns their answers. */
	private static <T> List<T> all(List<Callable<T>> calls) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(calls.size());
		CountDownLatch start = new CountDownLatch(1);
		try {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> call : calls) {
				futures.add(pool.submit(() -> {
					start.await();
					return call.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			assertTrue(results.size() == calls.size());
			return results;
		}
		finally {
			pool.shutdown();
		}
	}
}
