package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Role;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Row;
import org.openmrs.module.boundaries.standalone.HostileInputs.Expect;
import org.openmrs.module.boundaries.standalone.HostileInputs.ParameterPayload;
import org.openmrs.module.boundaries.standalone.HostileInputs.Payload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The hostile input corpus ({@link HostileInputs}) against every row of the authorization matrix that takes a body,
 * a query parameter or a uuid in its path: each field, parameter and uuid in turn gets every payload for its kind,
 * sent as the administrator, or as the first role the matrix allows where the administrator is refused. Every answer is a clean 4xx JSON error with every module table unchanged,
 * or, where the payload may legitimately be stored (free text), a 2xx without an exception in it. Never a 5xx, a stack
 * trace, or a 200 carrying an exception.
 */
@Tag("security")
@ExtendWith({ RunnerExtension.class, SecurityReport.class })
class HostileInputTest {

	private static final Pattern UUID_SEGMENT = Pattern
	        .compile("/([0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12})(?=/|\\?|$)");

	private static MatrixRequests requests;

	private static ModuleTables tables;

	private static final Set<String> payloadNames = new HashSet<>();

	@BeforeAll
	static void connect() throws Exception {
		requests = new MatrixRequests(new Fixtures(RunnerExtension.target()));
		tables = new ModuleTables(RunnerExtension.target());
	}

	@AfterAll
	static void disconnect() throws Exception {
		tables.close();
		SecurityReport.atLeast("hostile payloads", payloadNames.size());
	}

	@TestFactory
	Stream<DynamicTest> everyHostileValueInEveryFieldIsRefusedCleanlyOrStoredAsText() {
		return AuthorizationMatrix.rows().stream().filter(row -> !row.allowedRoles().isEmpty())
		        .filter(row -> row.body != null || row.path.contains("?") || row.path.contains("{"))
		        .map(row -> DynamicTest.dynamicTest(row.toString(), () -> attack(row)));
	}

	private static void attack(Row row) throws Exception {
		// the administrator reaches every check a request can fail; rows only a patient may use go as the patient
		Role role = row.allowedRoles().contains(Role.ADMIN) ? Role.ADMIN : row.allowedRoles().get(0);
		MatrixRequests.Filled valid = requests.fill(row, role, role.side == null ? AuthorizationMatrix.Side.A : role.side,
		    row.isStateChanging() || row.flags.contains("fresh"));
		List<String> failures = new ArrayList<>();
		int sent = 0;
		if (valid.body != null) {
			JsonNode body = Fixtures.JSON.readTree(valid.body);
			for (String field : fields(body, "")) {
				for (Payload payload : HostileInputs.forField(at(body, field))) {
					String mutated = HostileInputs.withDeepNesting(Fixtures.JSON.writeValueAsString(
					    replaced(body, field, payload.value.apply(at(body, field)))));
					sent += check(row, role, valid.with(valid.path, mutated), null, field + " = " + payload.name,
					    payload.expect, failures);
				}
			}
			for (Object[] whole : HostileInputs.forBody(valid.body)) {
				sent += check(row, role, valid, new Object[] { whole[1], whole[2] }, "body: " + whole[0], Expect.REFUSED,
				    failures);
			}
		}
		String[] pathAndQuery = valid.path.split("\\?", 2);
		if (pathAndQuery.length == 2) {
			List<String> parameters = new ArrayList<>(List.of(pathAndQuery[1].split("&")));
			for (int i = 0; i < parameters.size(); i++) {
				String name = parameters.get(i).split("=", 2)[0];
				String example = java.net.URLDecoder.decode(parameters.get(i).split("=", 2)[1], StandardCharsets.UTF_8);
				for (ParameterPayload payload : HostileInputs.forParameter(name, example)) {
					List<String> mutated = new ArrayList<>(parameters);
					if (payload.value() == null) {
						mutated.remove(i);
					} else {
						mutated.set(i, name + "=" + URLEncoder.encode(payload.value(), StandardCharsets.UTF_8));
					}
					sent += check(row, role, valid.with(pathAndQuery[0] + query(mutated), valid.body), null,
					    name + " = " + payload.name(), payload.expect(), failures);
				}
				List<String> repeated = new ArrayList<>(parameters);
				repeated.add(parameters.get(i));
				sent += check(row, role, valid.with(pathAndQuery[0] + query(repeated), valid.body), null,
				    name + " = repeated", Expect.CLEAN, failures);
				List<String> badEscape = new ArrayList<>(parameters);
				badEscape.set(i, name + "=%C3%28%FF");
				sent += check(row, role, valid.with(pathAndQuery[0] + query(badEscape), valid.body), null,
				    name + " = invalid UTF-8", Expect.CLEAN, failures);
			}
		}
		java.util.regex.Matcher uuid = UUID_SEGMENT.matcher(pathAndQuery[0]);
		while (uuid.find()) {
			for (String value : HostileInputs.forPathUuid()) {
				String path = pathAndQuery[0].substring(0, uuid.start(1))
				        + URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
				        + pathAndQuery[0].substring(uuid.end(1)) + (pathAndQuery.length == 2 ? "?" + pathAndQuery[1] : "");
				sent += check(row, role, valid.with(path, valid.body), null,
				    "path uuid = " + MatrixRequests.abbreviate(value), Expect.REFUSED, failures);
			}
		}
		SecurityReport.count("hostile requests", sent);
		if (!failures.isEmpty()) {
			fail(row + " as " + role.label() + ":\n  " + String.join("\n  ", failures));
		}
	}

	/**
	 * Sends one mutated request and records what is wrong with the answer, if anything.
	 *
	 * @param rawBody {content type, bytes} sent instead of the request's JSON body, or null
	 */
	private static int check(Row row, Role role, MatrixRequests.Filled request, Object[] rawBody, String what,
	        Expect expect, List<String> failures) throws Exception {
		payloadNames.add(what.replaceFirst("^.* = ", "").replaceFirst("^body: ", ""));
		HttpSession session = requests.session(row, role);
		ModuleTables.Snapshot before = tables.snapshot();
		Map<String, String> headers = new java.util.HashMap<>();
		String token = requests.token(session, role);
		if (token != null) {
			headers.put(MatrixRequests.CSRF_HEADER, token);
		}
		HttpSession.Response response;
		if (rawBody == null) {
			response = MatrixRequests.send(session, request, token, Collections.emptyMap());
		} else {
			response = session.send(request.method, request.path, (String) rawBody[0], (byte[]) rawBody[1], headers);
		}
		if (row.flags.contains("session")) {
			// failed sign-ins count towards the account's lockout: a good one resets the count
			Fixtures.signIn(new HttpSession(RunnerExtension.target()),
			    role.account == null ? DemoAccount.PATIENT : role.account);
		}
		int status = response.status();
		String problem = null;
		if (status >= 500 || status < 200 || (status >= 300 && status < 400)) {
			problem = "status " + status;
		} else if (status >= 400) {
			problem = AuthorizationMatrixTest.cleanError(response);
			if (problem == null) {
				String changes = before.changesTo(tables.snapshot());
				problem = changes.isEmpty() ? null : "refused with " + status + " but written: " + changes;
			}
		} else if (expect == Expect.REFUSED) {
			problem = "accepted with " + status + " (must be refused)";
		} else if (AuthorizationMatrixTest.leaksInternals(response.body())) {
			problem = "answer carries internals";
		}
		requests.settle(row, response);
		if (problem != null) {
			failures.add(what + ": " + problem + " <- " + request.method + " " + MatrixRequests.abbreviate(request.path)
			        + " -> " + response);
		}
		return 1;
	}

	/** The paths of every field of a body, containers included: {@code channelRules}, {@code channelRules[0].note}. */
	private static List<String> fields(JsonNode node, String prefix) {
		List<String> fields = new ArrayList<>();
		if (node.isObject()) {
			for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
				Map.Entry<String, JsonNode> field = it.next();
				String path = prefix.isEmpty() ? field.getKey() : prefix + "." + field.getKey();
				fields.add(path);
				fields.addAll(fields(field.getValue(), path));
			}
		} else if (node.isArray() && node.size() > 0) {
			String path = prefix + "[0]";
			fields.add(path);
			fields.addAll(fields(node.get(0), path));
		}
		return fields;
	}

	private static JsonNode at(JsonNode body, String path) {
		JsonNode node = body;
		for (String step : steps(path)) {
			node = step.equals("[0]") ? node.get(0) : node.get(step);
		}
		return node;
	}

	/** A copy of the body with the field at the path set to the value, or removed when the value is null. */
	private static JsonNode replaced(JsonNode body, String path, JsonNode value) {
		JsonNode copy = body.deepCopy();
		List<String> steps = steps(path);
		JsonNode parent = copy;
		for (String step : steps.subList(0, steps.size() - 1)) {
			parent = step.equals("[0]") ? parent.get(0) : parent.get(step);
		}
		String last = steps.get(steps.size() - 1);
		if (last.equals("[0]")) {
			if (value == null) {
				((ArrayNode) parent).remove(0);
			} else {
				((ArrayNode) parent).set(0, value);
			}
		} else if (value == null) {
			((ObjectNode) parent).remove(last);
		} else {
			((ObjectNode) parent).set(last, value);
		}
		return copy;
	}

	private static List<String> steps(String path) {
		List<String> steps = new ArrayList<>();
		for (String part : path.split("\\.")) {
			int bracket = part.indexOf("[0]");
			String name = bracket < 0 ? part : part.substring(0, bracket);
			if (!name.isEmpty()) {
				steps.add(name);
			}
			for (int i = bracket; i >= 0; i = part.indexOf("[0]", i + 3)) {
				steps.add("[0]");
			}
		}
		return steps;
	}

	private static String query(List<String> parameters) {
		return parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
	}
}
