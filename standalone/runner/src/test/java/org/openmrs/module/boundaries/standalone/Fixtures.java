package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;

import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Role;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Side;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The people and objects the security suite's requests name, on side A (patient with doctor) or side B (patient2
 * with doctor2), created through the module's own API as the users who would create them. Shared objects are made
 * once; a request that is expected to change an object gets a fresh one, so that no cell depends on another.
 */
final class Fixtures {

	static final String API = "/ws/rest/v1/boundaries";

	static final ObjectMapper JSON = new ObjectMapper();

	/** Makes one object (or finds one person) of a side, returning its uuid (or the value to put in a request). */
	interface Fixture {

		String make(Fixtures fixtures, Side side) throws Exception;
	}

	/** People: the same whether fresh or not. */
	private static final Map<String, Fixture> PEOPLE = new LinkedHashMap<>();

	/** Objects: made again for every request that is expected to change them. */
	private static final Map<String, Fixture> OBJECTS = new LinkedHashMap<>();

	static {
		PEOPLE.put("patient", (f, side) -> f.me(side == Side.A ? DemoAccount.PATIENT : DemoAccount.PATIENT2)
		        .path("patientUuid").asText());
		PEOPLE.put("provider", (f, side) -> f.me(side == Side.A ? DemoAccount.DOCTOR : DemoAccount.DOCTOR2)
		        .path("providerUuid").asText());

		// provider boundaries
		PEOPLE.put("profile", (f, side) -> f.read(DemoAccount.ADMIN, "/profile/history?provider=" + f.provider(side))
		        .path("results").path(0).path("uuid").asText());
		OBJECTS.put("draft", (f, side) -> f.draft(side).path("uuid").asText());
		OBJECTS.put("providerWithDraft", (f, side) -> f.draft(side).path("provider").path("uuid").asText());
		OBJECTS.put("acknowledgement", (f, side) -> f.write(DemoAccount.MANAGER, "POST", "/acknowledgement",
		    "{\"patient\":\"" + f.patient(side) + "\",\"provider\":\"" + f.provider(side) + "\"}").path("uuid").asText());
	}

	/** A draft of the side's provider's boundaries, as a manager saves one. */
	static final String DRAFT = "{\"channelRules\":[{\"channel\":\"PORTAL\",\"stance\":\"LIMITED\",\"note\":\"Non-urgent only\"}],"
	        + "\"replyTimeValue\":2,\"replyTimeUnit\":\"WORKING_DAYS\",\"workingDays\":[\"MONDAY\",\"TUESDAY\"],"
	        + "\"workingHoursStart\":\"09:00\",\"workingHoursEnd\":\"17:00\",\"personalNote\":\"A draft of the security suite\"}";

	private JsonNode draft(Side side) throws Exception {
		return write(DemoAccount.MANAGER, "PUT", "/profile/draft?provider=" + provider(side), DRAFT);
	}

	String patient(Side side) throws Exception {
		return resolve("patient", side, false);
	}

	String provider(Side side) throws Exception {
		return resolve("provider", side, false);
	}

	private final StandaloneRunner runner;

	private final Map<DemoAccount, HttpSession> sessions = new EnumMap<>(DemoAccount.class);

	private final Map<DemoAccount, JsonNode> described = new EnumMap<>(DemoAccount.class);

	private final Map<String, String> shared = new HashMap<>();

	Fixtures(StandaloneRunner runner) {
		this.runner = runner;
	}

	StandaloneRunner runner() {
		return runner;
	}

	/** The names a template may use. */
	static Map<String, Fixture> all() {
		Map<String, Fixture> all = new LinkedHashMap<>(PEOPLE);
		all.putAll(OBJECTS);
		return Collections.unmodifiableMap(all);
	}

	/** A session signed in as the account, kept for the whole run. */
	HttpSession as(DemoAccount account) throws IOException, InterruptedException {
		HttpSession session = sessions.get(account);
		if (session == null) {
			session = new HttpSession(runner);
			JsonNode signedIn = signIn(session, account);
			sessions.put(account, session);
			described.put(account, signedIn);
		}
		return session;
	}

	/** What {@code GET /session} says about the account: uuids, csrfToken. */
	JsonNode me(DemoAccount account) throws IOException, InterruptedException {
		as(account);
		return described.get(account);
	}

	String csrfToken(DemoAccount account) throws IOException, InterruptedException {
		return me(account).path("csrfToken").asText();
	}

	static JsonNode signIn(HttpSession session, DemoAccount account) throws IOException, InterruptedException {
		HttpSession.Response response = session.signIn(account);
		if (response.status() != 200) {
			throw new IllegalStateException(account + " could not sign in: " + response);
		}
		return response.json();
	}

	/** A state-changing request by the account that must succeed; its JSON answer. */
	JsonNode write(DemoAccount account, String method, String path, String body) throws Exception {
		Map<String, String> headers = Collections.singletonMap("X-CSRF-Token", csrfToken(account));
		HttpSession.Response response = as(account).send(method, API + path, body == null ? null : "application/json",
		    body == null ? null : body.getBytes(StandardCharsets.UTF_8), headers);
		if (response.status() >= 300) {
			throw new IllegalStateException("Fixture: " + account + " " + method + " " + path + " " + body + " -> "
			        + response);
		}
		return response.body().isEmpty() ? JSON.createObjectNode() : response.json();
	}

	/** A read by the account that must succeed. */
	JsonNode read(DemoAccount account, String path) throws Exception {
		HttpSession.Response response = as(account).get(API + path);
		if (response.status() != 200) {
			throw new IllegalStateException("Fixture: " + account + " GET " + path + " -> " + response);
		}
		return response.json();
	}

	/** The value a placeholder stands for on a side: a shared object, or a new one when {@code fresh}. */
	String resolve(String name, Side side, boolean fresh) throws Exception {
		Fixture person = PEOPLE.get(name);
		Fixture object = OBJECTS.get(name);
		if (person == null && object == null) {
			throw new IllegalArgumentException("No fixture named {" + name + "}: known " + all().keySet());
		}
		if (object != null && fresh) {
			return object.make(this, side);
		}
		String key = name + "@" + side;
		String value = shared.get(key);
		if (value == null) {
			value = (person != null ? person : object).make(this, side);
			shared.put(key, value);
		}
		return value;
	}

	/**
	 * Fills a request template for a role acting on a side's objects: {@code {name}} placeholders become fixtures,
	 * {@code {me.username}} and {@code {me.password}} the role's credentials (a signed-out visitor uses patient's).
	 */
	String fill(String template, Role role, Side side, boolean fresh) throws Exception {
		if (template == null) {
			return null;
		}
		DemoAccount me = role.account == null ? DemoAccount.PATIENT : role.account;
		Map<String, String> made = new HashMap<>();
		Matcher m = AuthorizationMatrix.PLACEHOLDER.matcher(template);
		StringBuffer filled = new StringBuffer();
		while (m.find()) {
			String name = m.group(1);
			String value;
			if (name.equals("me.username")) {
				value = me.getUsername();
			} else if (name.equals("me.password")) {
				value = me.getPassword();
			} else {
				value = made.get(name);
				if (value == null) {
					value = resolve(name, side, fresh);
					made.put(name, value);
				}
			}
			m.appendReplacement(filled, Matcher.quoteReplacement(value));
		}
		m.appendTail(filled);
		return filled.toString();
	}
}
