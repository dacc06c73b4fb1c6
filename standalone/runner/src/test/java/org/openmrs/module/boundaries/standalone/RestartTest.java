package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A runner on an H2 file database is stopped while patients and doctors are sending messages, then started again on
 * the same database: every message whose sending was acknowledged (201) is there, once, and every thread's message
 * count matches its messages.
 */
@NeedsEmbeddedRunner("stops and starts runners of its own")
@Tag("isolated")
class RestartTest {

	private static final String API = "/ws/rest/v1/boundaries";

	@Test
	void aRunnerStoppedWhileMessagesAreSentLosesNoAcknowledgedMessage() throws Exception {
		Path directory = Files.createTempDirectory("boundaries-restart");
		String url = "jdbc:h2:file:" + directory.resolve("db") + ";LOCK_TIMEOUT=10000";
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		StandaloneRunner first = runner(url, false);
		try {
			List<Sender> senders = new ArrayList<>();
			for (DemoAccount account : new DemoAccount[] { DemoAccount.PATIENT, DemoAccount.DOCTOR, DemoAccount.PATIENT2,
			        DemoAccount.DOCTOR2 }) {
				senders.add(new Sender(first, account, acknowledged));
			}
			ExecutorService pool = Executors.newFixedThreadPool(senders.size());
			AtomicBoolean sending = new AtomicBoolean(true);
			for (Sender sender : senders) {
				pool.submit(() -> sender.sendWhile(sending));
			}
			while (acknowledged.size() < 40) {
				Thread.sleep(50);
			}
			first.stop();
			sending.set(false);
			pool.shutdown();
			assertTrue(pool.awaitTermination(60, TimeUnit.SECONDS));

			StandaloneRunner second = runner(url, true);
			try (Connection c = Database.H2.connect(url, "sa", ""); Statement st = c.createStatement()) {
				List<String> missing = new ArrayList<>();
				for (String uuid : acknowledged) {
					try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM boundaries_message WHERE uuid = '" + uuid + "'")) {
						rs.next();
						if (rs.getInt(1) != 1) {
							missing.add(uuid);
						}
					}
				}
				assertEquals(new ArrayList<>(), missing, "acknowledged messages missing after the restart, of "
				        + acknowledged.size());
				try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM boundaries_thread t WHERE t.message_count <>"
				        + " (SELECT COUNT(*) FROM boundaries_message m WHERE m.thread_id = t.boundaries_thread_id)")) {
					rs.next();
					assertEquals(0, rs.getInt(1), "threads whose message count does not match their messages");
				}
			}
			finally {
				second.stop();
			}
		}
		finally {
			first.stop();
			try (Stream<Path> files = Files.walk(directory)) {
				files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
		}
	}

	private static StandaloneRunner runner(String url, boolean again) throws Exception {
		List<String> args = new ArrayList<>(List.of("--port", "0", "--db", "h2", "--db-url", url));
		if (again) {
			args.addAll(List.of("--keep-data", "--no-demo-data"));
		}
		return new StandaloneRunner(RunnerOptions.parse(args.toArray(new String[0]), Collections.emptyMap())).start();
	}

	/** Replies, over and over, in the first thread its account sees, keeping the uuid of every message acknowledged. */
	private static final class Sender {

		private final HttpSession http;

		private final String token;

		private final String thread;

		private final Set<String> acknowledged;

		Sender(StandaloneRunner runner, DemoAccount account, Set<String> acknowledged) throws Exception {
			this.http = new HttpSession(TargetServer.of(runner));
			this.token = Fixtures.signIn(http, account).path("csrfToken").asText();
			this.thread = http.get(API + "/thread" + (account.isPatient() ? "" : "?filter=open")).json().path("results")
			        .path(0).path("uuid").asText();
			this.acknowledged = acknowledged;
		}

		Void sendWhile(AtomicBoolean sending) {
			for (int n = 0; sending.get(); n++) {
				try {
					HttpSession.Response response = http.send("POST", API + "/thread/" + thread + "/message",
					    "application/json", ("{\"body\":\"before the restart " + n + "\"}").getBytes(StandardCharsets.UTF_8),
					    Collections.singletonMap("X-CSRF-Token", token));
					if (response.status() == 201) {
						JsonNode message = response.json().path("message");
						acknowledged.add(message.path("uuid").asText());
					}
				}
				catch (Exception stopped) {
					// the runner is going away: what it did not acknowledge may or may not be there
				}
			}
			return null;
		}
	}
}
