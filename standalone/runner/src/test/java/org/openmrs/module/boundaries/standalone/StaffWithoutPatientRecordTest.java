package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Staff whose person is not a patient (admin, clinicians, the manager) open every page: each GET a page makes first
 * answers without a server error, signed in through the module or through the host. On OpenMRS 2.8.9 these answered
 * 500 (WrongClassException) once the person was in the second-level cache as a plain Person.
 */
@ExtendWith(RunnerExtension.class)
class StaffWithoutPatientRecordTest {

	/** The first GETs of the module's staff and portal pages, with no object of their own to name. */
	private static final List<String> PAGE_CALLS = Arrays.asList("/session", "/messages", "/profile/providers",
	    "/profile?provider=default", "/acknowledgement", "/recipient", "/thread", "/thread?filter=open",
	    "/inbox/summary", "/colleague", "/patient?q=Carter", "/contact/providers?q=Hart",
	    "/report/gifts?fromDate=2026-01-01&toDate=2026-12-31", "/report/concerns?fromDate=2026-01-01&toDate=2026-12-31",
	    "/gift?fromDate=2026-01-01&toDate=2026-12-31");

	@ParameterizedTest
	@EnumSource(value = DemoAccount.class, names = { "ADMIN", "DOCTOR", "DOCTOR2", "MANAGER" })
	void everyPageCallAnswersWithoutServerErrorAfterModuleSignIn(DemoAccount staff, TargetServer server)
	        throws Exception {
		HttpSession http = new HttpSession(server);
		assertEquals(200, http.signIn(staff).status());

		assertNoServerError(http);
	}

	@ParameterizedTest
	@EnumSource(value = DemoAccount.class, names = { "ADMIN", "DOCTOR", "DOCTOR2", "MANAGER" })
	void everyPageCallAnswersWithoutServerErrorAfterHostSignIn(DemoAccount staff, TargetServer server)
	        throws Exception {
		HttpSession http = new HttpSession(server);
		http.signInThroughHost(staff);

		assertNoServerError(http);
	}

	private static void assertNoServerError(HttpSession http) throws Exception {
		List<String> failed = new ArrayList<>();
		for (String call : PAGE_CALLS) {
			// twice: the second request meets what the first one left in the second-level cache
			for (int i = 0; i < 2; i++) {
				HttpSession.Response response = http.get("/ws/rest/v1/boundaries" + call);
				if (response.status() >= 500) {
					failed.add("GET " + call + " -> " + response);
				}
			}
		}
		assertTrue(failed.isEmpty(), String.join("\n", failed));
		assertTrue(http.get(HttpSession.SESSION_PATH).json().path("authenticated").asBoolean());
	}
}
