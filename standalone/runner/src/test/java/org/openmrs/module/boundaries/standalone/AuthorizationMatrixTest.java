package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Role;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Row;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Side;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The authorization matrix (src/test/resources/security/authorization-matrix.txt) over real HTTP: every endpoint of
 * the module, as every demo role, on its own side's objects and on the other side's, gets exactly the status of its
 * cell; a refusal comes as a JSON error and leaves every table of the module exactly as it was. Every handler mapping
 * of the module must have a row.
 */
@Tag("security")
@ExtendWith({ RunnerExtension.class, SecurityReport.class })
class AuthorizationMatrixTest {

	private static Fixtures fixtures;

	private static MatrixRequests requests;

	private static ModuleTables tables;

	@BeforeAll
	static void connect() throws Exception {
		fixtures = new Fixtures(RunnerExtension.target());
		requests = new MatrixRequests(fixtures);
		tables = new ModuleTables(RunnerExtension.target());
	}

	@AfterAll
	static void disconnect() throws Exception {
		tables.close();
	}

	@Test
	@NeedsEmbeddedRunner("reads the handler mappings from the dispatcher in the test's JVM")
	void everyEndpointOfTheModuleHasARowAndEveryRowAnEndpoint() throws Exception {
		Set<String> covered = new TreeSet<>();
		List<String> stray = new ArrayList<>();
		for (Row row : AuthorizationMatrix.rows()) {
			MatrixRequests.Filled request = requests.fill(row, Role.ADMIN, Side.A, false);
			String endpoint = ModuleEndpoints.resolve(row.method, request.path.substring("/ws".length()),
			    request.body == null ? null : "application/json");
			if (endpoint == null) {
				stray.add(row.toString());
			} else {
				covered.add(endpoint);
			}
		}
		Set<String> missing = new TreeSet<>(ModuleEndpoints.all().keySet());
		missing.removeAll(covered);

		assertTrue(stray.isEmpty(), "Rows that no endpoint takes: " + stray);
		assertTrue(missing.isEmpty(), "Endpoints without a row in " + AuthorizationMatrix.RESOURCE
		        + " (add one per endpoint form, with the status every role gets): " + missing);
	}

	@TestFactory
	Stream<DynamicTest> everyRoleGetsTheStatusOfItsCellAndARefusalWritesNothing() {
		return AuthorizationMatrix.rows().stream().map(row -> DynamicTest.dynamicTest(row.toString(), () -> check(row)));
	}

	private static void check(Row row) throws Exception {
		List<String> failures = new ArrayList<>();
		int cells = 0;
		for (Role role : Role.values()) {
			for (Side side : sides(row, role)) {
				int expected = role.side == null || side == role.side ? row.own(role) : row.other(role);
				String failure = checkCell(row, role, side, expected);
				cells++;
				if (failure != null) {
					failures.add(failure);
				}
			}
		}
		SecurityReport.count("authorization cells", cells);
		if (!failures.isEmpty()) {
			fail(row + ":\n  " + String.join("\n  ", failures));
		}
	}

	/** Own side first, then the other; a row that names no objects is one request per role. */
	private static List<Side> sides(Row row, Role role) {
		Side own = role.side == null ? Side.A : role.side;
		return row.namesObjects() ? List.of(own, own.other()) : Collections.singletonList(own);
	}

	private static String checkCell(Row row, Role role, Side side, int expected) throws Exception {
		boolean refusal = expected >= 400;
		// a request expected to change something gets objects of its own, so that no cell depends on another
		MatrixRequests.Filled request = requests.fill(row, role, side,
		    row.flags.contains("fresh") || row.isStateChanging() && !refusal);
		HttpSession session = requests.session(row, role);
		ModuleTables.Snapshot before = refusal ? tables.snapshot() : null;

		HttpSession.Response response = MatrixRequests.send(session, request, requests.token(session, role),
		    Collections.emptyMap());
		try {
			return judge(row, role, side, expected, request, response, before);
		}
		finally {
			requests.settle(row, response);
		}
	}

	private static String judge(Row row, Role role, Side side, int expected, MatrixRequests.Filled request,
	        HttpSession.Response response, ModuleTables.Snapshot before) throws Exception {
		boolean refusal = expected >= 400;
		String cell = role.label() + (row.namesObjects() ? (side == role.side ? " own" : " other") + " (side " + side + ")"
		        : "") + ": " + request + " -> ";
		if (response.status() != expected) {
			return cell + response + " (expected " + expected + ")";
		}
		if (!refusal && role.account != null && role.account.isPatient()) {
			String leak = fixtures.otherPatientIn(role.account, response.body());
			if (leak != null) {
				return cell + "shows another patient (" + leak + "): " + response;
			}
		}
		if (refusal) {
			String problem = cleanError(response);
			if (problem != null) {
				return cell + problem;
			}
			String changes = before.changesTo(tables.snapshot());
			if (!changes.isEmpty()) {
				return cell + expected + " but written: " + changes;
			}
		}
		return null;
	}

	/** Null when the response is the module's JSON error shape with a message and no stack trace. */
	static String cleanError(HttpSession.Response response) {
		if (!response.header("Content-Type").orElse("").startsWith("application/json")) {
			return "not JSON: " + response;
		}
		try {
			JsonNode error = response.json().path("error");
			if (error.path("message").asText().isEmpty() || error.path("code").asText().isEmpty()) {
				return "no error message and code: " + response;
			}
		}
		catch (Exception e) {
			return "unreadable JSON: " + response;
		}
		if (leaksInternals(response.body())) {
			return "leaks internals: " + response;
		}
		return null;
	}

	/** Stack traces, exception class names, SQL or Hibernate details in a response body. */
	static boolean leaksInternals(String body) {
		return body.contains("Exception") || body.contains("\tat ") || body.contains("at org.")
		        || body.contains("at java.") || body.contains("org.hibernate") || body.contains("SQLState")
		        || body.contains("stackTrace");
	}
}
