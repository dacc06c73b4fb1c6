package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Collections;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The database goes away in the middle of a request ({@link FaultyDatabase}, on a runner of its own): the request is
 * answered 503 with the module's JSON error, nothing of it is left in the database (no thread without its message, no
 * message without its thread's count, no transfer without its log entry), and once the database is back the same
 * request succeeds.
 */
@NeedsEmbeddedRunner("takes the database away through the runner's JDBC driver")
@Tag("isolated")
class DatabaseFaultTest {

	private static final String API = "/ws/rest/v1/boundaries";

	private static String h2Url;

	private static StandaloneRunner runner;

	@BeforeAll
	static void start() throws Exception {
		FaultyDatabase.register();
		h2Url = "jdbc:h2:mem:faults-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000";
		runner = new StandaloneRunner(RunnerOptions.parse(new String[] { "--port", "0", "--db", "h2", "--db-url",
		        FaultyDatabase.through(h2Url) }, Collections.emptyMap())).start();
	}

	@AfterAll
	static void stop() {
		FaultyDatabase.comeBack();
		if (runner != null) {
			runner.stop();
		}
	}

	@AfterEach
	void databaseIsBack() {
		FaultyDatabase.comeBack();
	}

	@Test
	void aThreadCutShortBetweenItsRowAndItsFirstMessageLeavesNothing() throws Exception {
		Client patient = new Client(DemoAccount.PATIENT);
		String start = "{\"provider\":\"" + patient.providerOfDemoThreads() + "\",\"category\":\"OTHER\","
		        + "\"subject\":\"Cut short\",\"body\":\"Hello\"}";
		String before = state();

		FaultyDatabase.goAwayAt("insert into boundaries_message");
		unavailable(patient.send("POST", "/thread", start));

		assertEquals(before, state());
		FaultyDatabase.comeBack();
		assertEquals(201, patient.send("POST", "/thread", start).status());
	}

	@Test
	void aReplyCutShortBeforeItsThreadIsUpdatedLeavesNothing() throws Exception {
		Client doctor = new Client(DemoAccount.DOCTOR);
		String thread = doctor.get("/thread?filter=open").path("results").path(0).path("uuid").asText();
		String reply = "{\"body\":\"Cut short\"}";
		String before = state();

		FaultyDatabase.goAwayAt("update boundaries_thread");
		unavailable(doctor.send("POST", "/thread/" + thread + "/message", reply));

		assertEquals(before, state());
		FaultyDatabase.comeBack();
		assertEquals(201, doctor.send("POST", "/thread/" + thread + "/message", reply).status());
	}

	@Test
	void aTransferCutShortBeforeItsLogEntryLeavesNothing() throws Exception {
		Client doctor = new Client(DemoAccount.DOCTOR);
		Client patient = new Client(DemoAccount.PATIENT);
		Client doctor2 = new Client(DemoAccount.DOCTOR2);
		String transfer = "{\"patient\":\"" + patient.me.path("patientUuid").asText() + "\",\"fromProvider\":\""
		        + doctor2.me.path("providerUuid").asText() + "\",\"toProvider\":\"" + doctor.me.path("providerUuid").asText()
		        + "\",\"reason\":\"Continuity of care\",\"effectiveDate\":\"2026-01-04\"}";
		String before = state();

		FaultyDatabase.goAwayAt("insert into boundaries_contact_log_entry");
		unavailable(doctor.send("POST", "/transfer", transfer));

		assertEquals(before, state());
		FaultyDatabase.comeBack();
		assertEquals(201, doctor.send("POST", "/transfer", transfer).status());
	}

	/**
	 * The database goes away after the REST module's filter has read its allowed addresses (a transaction of its own
	 * on every /ws/rest request): with the database already gone, that filter fails before the module is reached, and
	 * a real OpenMRS 2.8.9 answers its error page with status 500, which is the host's to answer, not the module's.
	 */
	@Test
	void aDatabaseGoneBeforeTheModulesTransactionBeginsIsAnswered503AndThenWorksAgain() throws Exception {
		Client doctor = new Client(DemoAccount.DOCTOR);

		FaultyDatabase.goAwayAfterNextCommit();
		unavailable(doctor.send("GET", "/inbox/summary", null));
		FaultyDatabase.comeBack();
		FaultyDatabase.goAwayAfterNextCommit();
		unavailable(doctor.send("GET", "/thread?filter=open", null));

		FaultyDatabase.comeBack();
		assertEquals(200, doctor.send("GET", "/inbox/summary", null).status());
	}

	private static void unavailable(HttpSession.Response response) {
		assertEquals(503, response.status(), response.toString());
		assertNull(AuthorizationMatrixTest.cleanError(response), response.toString());
		assertEquals("boundaries.error.unavailable", response.body().replaceAll(".*\"code\":\"([^\"]*)\".*", "$1"));
	}

	/** Rows of the module's tables, and whether every thread's message count matches its messages. */
	private static String state() throws Exception {
		try (Connection c = Database.H2.connect(h2Url, "sa", ""); Statement st = c.createStatement()) {
			StringBuilder state = new StringBuilder();
			for (String table : new String[] { "boundaries_thread", "boundaries_message", "boundaries_care_transfer",
			        "boundaries_contact_log_entry", "boundaries_restriction", "notification_alert" }) {
				try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
					rs.next();
					state.append(table).append('=').append(rs.getInt(1)).append(' ');
				}
			}
			try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM boundaries_thread t WHERE t.message_count <>"
			        + " (SELECT COUNT(*) FROM boundaries_message m WHERE m.thread_id = t.boundaries_thread_id)")) {
				rs.next();
				state.append("threads whose count is wrong=").append(rs.getInt(1));
			}
			return state.toString();
		}
	}

	/** A signed-in demo user of the fault runner. */
	private static final class Client {

		/*
		 * A connection the pool has to make while the database is away is tried for 30 s (c3p0's 30 attempts a second
		 * apart, the platform's pool settings) before the request is answered: longer than a client usually waits.
		 */
		final HttpSession http = new HttpSession(TargetServer.of(runner)).timeout(Duration.ofSeconds(90));

		final JsonNode me;

		Client(DemoAccount account) throws Exception {
			me = Fixtures.signIn(http, account);
		}

		String providerOfDemoThreads() throws Exception {
			return get("/thread").path("results").path(0).path("provider").path("uuid").asText();
		}

		JsonNode get(String path) throws Exception {
			return http.get(API + path).json();
		}

		HttpSession.Response send(String method, String path, String body) throws Exception {
			return http.send(method, API + path, body == null ? null : "application/json",
			    body == null ? null : body.getBytes(StandardCharsets.UTF_8),
			    Collections.singletonMap("X-CSRF-Token", me.path("csrfToken").asText()));
		}
	}
}
