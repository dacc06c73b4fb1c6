package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

	/** A draft of the side's provider's boundaries, as a manager saves one. */
	static final String DRAFT = "{\"channelRules\":[{\"channel\":\"PORTAL\",\"stance\":\"LIMITED\",\"note\":\"Non-urgent only\"}],"
	        + "\"replyTimeValue\":2,\"replyTimeUnit\":\"WORKING_DAYS\",\"workingDays\":[\"MONDAY\",\"TUESDAY\"],"
	        + "\"workingHoursStart\":\"09:00\",\"workingHoursEnd\":\"17:00\",\"personalNote\":\"A draft of the security suite\"}";

	/** Requests the fixtures send; the placeholders are filled for the fixture's side. */
	static final String CONTACT = "{\"patient\":\"{patient}\",\"occurredAt\":\"2026-01-05T10:00:00.000+0000\","
	        + "\"direction\":\"INBOUND\",\"channel\":\"PERSONAL_PHONE\",\"provider\":\"{provider}\","
	        + "\"summary\":\"Called a personal mobile\",\"category\":\"ROUTINE\"}";

	static final String GIFT = "{\"patient\":\"{patient}\",\"description\":\"Box of chocolates\",\"kind\":\"CONSUMABLE\","
	        + "\"estimatedValue\":15,\"recipientProvider\":\"{provider}\",\"donor\":\"PATIENT\",\"offeredOn\":\"2026-01-10\","
	        + "\"decision\":\"ACCEPTED\",\"reason\":\"A small token\"}";

	/** Towards the side's own provider, so that routing between the two sides never changes. */
	static final String TRANSFER = "{\"patient\":\"{patient}\",\"fromProvider\":\"{otherProvider}\","
	        + "\"toProvider\":\"{provider}\",\"reason\":\"Continuity of care\",\"endsRelationship\":false,"
	        + "\"patientWarnedFirst\":false,\"toldInWriting\":true,\"letterDate\":\"2026-01-02\","
	        + "\"recordsPassedOn\":\"2026-01-03\",\"effectiveDate\":\"2026-01-04\"}";

	static final String COVERAGE = "{\"provider\":\"{provider}\",\"coveringProvider\":\"{otherProvider}\",\"note\":\"Away\"}";

	static final String RESTRICTION = "{\"patient\":\"{patient}\",\"provider\":\"{provider}\","
	        + "\"routeTo\":\"{otherProvider}\",\"reason\":\"Excessive contact\"}";

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

		// contact & gift log
		PEOPLE.put("otherProvider", (f, side) -> f.provider(side.other()));
		OBJECTS.put("contact", (f, side) -> f.write(DemoAccount.DOCTOR, "POST", "/contact", f.fill(CONTACT, side))
		        .path("uuid").asText());
		OBJECTS.put("gift", (f, side) -> f.write(DemoAccount.DOCTOR, "POST", "/gift", f.fill(GIFT, side)).path("uuid")
		        .asText());
		OBJECTS.put("transfer", (f, side) -> f.write(DemoAccount.MANAGER, "POST", "/transfer", f.fill(TRANSFER, side))
		        .path("uuid").asText());

		// portal messaging
		OBJECTS.put("acknowledgedProvider", (f, side) -> f.acknowledgedProvider(side));
		OBJECTS.put("thread", (f, side) -> f.thread(side).path("uuid").asText());
		OBJECTS.put("closedThread", (f, side) -> {
			String thread = f.thread(side).path("uuid").asText();
			f.write(doctorOf(side), "POST", "/thread/" + thread + "/close", null);
			return thread;
		});
		OBJECTS.put("threadMessage", (f, side) -> {
			JsonNode thread = f.thread(side);
			return thread.path("uuid").asText() + "/message/" + thread.path("messages").path(0).path("uuid").asText();
		});
		OBJECTS.put("coverage", new Ended("/coverage", COVERAGE));
		OBJECTS.put("restriction", new Ended("/restriction", RESTRICTION));
		OBJECTS.put("activeCoverage", new Active("/coverage", COVERAGE));
		OBJECTS.put("activeRestriction", new Active("/restriction", RESTRICTION));
	}

	/** A coverage or restriction, ended at once: it exists for reading without routing anybody's threads. */
	private static final class Ended implements Fixture {

		private final String resource;

		private final String template;

		Ended(String resource, String template) {
			this.resource = resource;
			this.template = template;
		}

		@Override
		public String make(Fixtures f, Side side) throws Exception {
			String uuid = f.write(DemoAccount.MANAGER, "POST", resource, f.fill(template, side)).path("uuid").asText();
			f.write(DemoAccount.ADMIN, "POST", resource + "/" + uuid + "/end", null);
			return uuid;
		}
	}

	/** A coverage or restriction in force, ended by {@link #cleanUp()} if the request did not end it. */
	private static final class Active implements Fixture {

		private final String resource;

		private final String template;

		Active(String resource, String template) {
			this.resource = resource;
			this.template = template;
		}

		@Override
		public String make(Fixtures f, Side side) throws Exception {
			String uuid = f.write(DemoAccount.MANAGER, "POST", resource, f.fill(template, side)).path("uuid").asText();
			f.afterwards(resource + "/" + uuid + "/end");
			return uuid;
		}
	}

	static DemoAccount patientOf(Side side) {
		return side == Side.A ? DemoAccount.PATIENT : DemoAccount.PATIENT2;
	}

	static DemoAccount doctorOf(Side side) {
		return side == Side.A ? DemoAccount.DOCTOR : DemoAccount.DOCTOR2;
	}

	/** The side's provider, once the side's patient has acknowledged their current boundaries. */
	private String acknowledgedProvider(Side side) throws Exception {
		String provider = provider(side);
		if (read(patientOf(side), "/acknowledgement/status?provider=" + provider).path("needsAcknowledgement")
		        .asBoolean()) {
			write(patientOf(side), "POST", "/acknowledgement", "{\"provider\":\"" + provider + "\"}");
		}
		return provider;
	}

	/** A new thread the side's patient starts with the side's provider, with its messages. */
	JsonNode thread(Side side) throws Exception {
		return write(patientOf(side), "POST", "/thread", "{\"provider\":\"" + acknowledgedProvider(side)
		        + "\",\"category\":\"OTHER\",\"subject\":\"Security suite\",\"body\":\"A question\"}");
	}

	/** Fills a fixture's own request template for a side. */
	private String fill(String template, Side side) throws Exception {
		return fill(template, Role.ADMIN, side, false);
	}

	/** Ends, as the administrator, a coverage or restriction a fixture started; a 409 means it was ended already. */
	void afterwards(String endPath) {
		pendingEnds.add(endPath);
	}

	/** Ends what fixtures left in force, so that no routing outlives the request that needed it. */
	void cleanUp() throws Exception {
		for (String endPath : pendingEnds) {
			as(DemoAccount.ADMIN).send("POST", API + endPath, null, null,
			    Collections.singletonMap("X-CSRF-Token", csrfToken(DemoAccount.ADMIN)));
		}
		pendingEnds.clear();
		shared.keySet().removeIf(key -> key.startsWith("active"));
	}

	private JsonNode draft(Side side) throws Exception {
		return write(DemoAccount.MANAGER, "PUT", "/profile/draft?provider=" + provider(side), DRAFT);
	}

	String patient(Side side) throws Exception {
		return resolve("patient", side, false);
	}

	String provider(Side side) throws Exception {
		return resolve("provider", side, false);
	}

	private final TargetServer server;

	private final Map<DemoAccount, HttpSession> sessions = new EnumMap<>(DemoAccount.class);

	private final Map<DemoAccount, JsonNode> described = new EnumMap<>(DemoAccount.class);

	private final Map<String, String> shared = new HashMap<>();

	private final List<String> pendingEnds = new ArrayList<>();

	Fixtures(TargetServer server) {
		this.server = server;
	}

	TargetServer server() {
		return server;
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
			session = new HttpSession(server);
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

	/**
	 * What of the other portal patient (patient uuid, person uuid, name) a text mentions, or null: a patient must never
	 * be shown another patient.
	 */
	String otherPatientIn(DemoAccount patient, String text) throws Exception {
		DemoAccount other = patient == DemoAccount.PATIENT ? DemoAccount.PATIENT2 : DemoAccount.PATIENT;
		JsonNode them = me(other);
		for (String trace : new String[] { them.path("patientUuid").asText(), them.path("person").path("uuid").asText(),
		        them.path("user").path("uuid").asText(), other.getFamilyName() }) {
			if (!trace.isEmpty() && text.contains(trace)) {
				return trace;
			}
		}
		return null;
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
