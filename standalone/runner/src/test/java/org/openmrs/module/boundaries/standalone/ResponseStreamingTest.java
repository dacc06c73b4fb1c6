package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST module's ETag filter (Spring's ShallowEtagHeaderFilter on /ws/rest/*) holds each response in memory until
 * it is complete, to hash it: the module's JSON answers carry its ETag, as on the real platform, but the whole-year
 * gift register leaves the server as it is written, without one (chunked, no length known in advance).
 */
@ExtendWith(RunnerExtension.class)
class ResponseStreamingTest {

	private static final String REGISTER_CSV = "/ws/rest/v1/boundaries/report/gifts?format=csv&fromDate=2025-01-01"
	        + "&toDate=2026-12-31";

	@Test
	void giftRegisterCsvIsStreamedRatherThanHeldForAnEtag(TargetServer server) throws Exception {
		HttpSession manager = new HttpSession(server);
		assertEquals(200, manager.signIn(DemoAccount.MANAGER).status());

		HttpSession.Response csv = manager.get(REGISTER_CSV);

		assertEquals(200, csv.status(), csv.toString());
		assertTrue(csv.header("Content-Type").orElse("").startsWith("text/csv"), csv.toString());
		assertFalse(csv.header("ETag").isPresent(), "held whole for an ETag: " + csv.header("ETag"));
		assertFalse(csv.header("Content-Length").isPresent(), "length known before the first byte was sent");
	}

	@Test
	void jsonAnswersUnderRestCarryTheRestModulesEtag(TargetServer server) throws Exception {
		HttpSession manager = new HttpSession(server);
		assertEquals(200, manager.signIn(DemoAccount.MANAGER).status());

		HttpSession.Response register = manager.get("/ws/rest/v1/boundaries/report/gifts?fromDate=2025-01-01"
		        + "&toDate=2026-12-31");

		assertEquals(200, register.status(), register.toString());
		assertTrue(register.header("ETag").isPresent(), register.toString());
	}
}
