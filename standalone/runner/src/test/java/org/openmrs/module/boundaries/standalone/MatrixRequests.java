package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Role;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Row;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Side;

/**
 * Sends the matrix's requests: a row's template filled for a role and a side, from the role's session, with its CSRF
 * token unless told otherwise. Rows flagged {@code !session} (sign-in, sign-out) get a session of their own each time.
 */
final class MatrixRequests {

	static final String CSRF_HEADER = "X-CSRF-Token";

	private final Fixtures fixtures;

	/** The tokens of the sessions made for {@code !session} rows. */
	private final Map<HttpSession, String> tokens = new WeakHashMap<>();

	MatrixRequests(Fixtures fixtures) {
		this.fixtures = fixtures;
	}

	Fixtures fixtures() {
		return fixtures;
	}

	/** The filled request: what is sent, for messages and for the corpus to mutate. */
	static final class Filled {

		final String method;

		/** Relative to the runner's base URL: /ws/rest/v1/boundaries/... */
		final String path;

		final String body;

		Filled(String method, String path, String body) {
			this.method = method;
			this.path = path;
			this.body = body;
		}

		Filled with(String newPath, String newBody) {
			return new Filled(method, newPath, newBody);
		}

		@Override
		public String toString() {
			return method + " " + path + (body == null ? "" : " " + abbreviate(body));
		}
	}

	Filled fill(Row row, Role role, Side side, boolean fresh) throws Exception {
		return new Filled(row.method, Fixtures.API + fixtures.fill(row.path, role, side, fresh),
		        fixtures.fill(row.body, role, side, fresh));
	}

	/** The session a role's request goes out from: anonymous ones and {@code !session} rows get a new one. */
	HttpSession session(Row row, Role role) throws IOException, InterruptedException {
		if (role.account == null) {
			return new HttpSession(fixtures.server());
		}
		if (row.flags.contains("session")) {
			HttpSession session = new HttpSession(fixtures.server());
			tokens.put(session, Fixtures.signIn(session, role.account).path("csrfToken").asText());
			return session;
		}
		return fixtures.as(role.account);
	}

	/** The CSRF token of a session handed out by {@link #session}, or null for a signed-out one. */
	String token(HttpSession session, Role role) throws IOException, InterruptedException {
		String own = tokens.get(session);
		if (own != null) {
			return own;
		}
		return role.account == null ? null : fixtures.csrfToken(role.account);
	}

	/** Sends a filled request from a session, with the given CSRF token (none when null) and extra headers. */
	static HttpSession.Response send(HttpSession session, Filled request, String csrfToken, Map<String, String> headers)
	        throws IOException, InterruptedException {
		Map<String, String> all = new LinkedHashMap<>(headers);
		if (csrfToken != null) {
			all.put(CSRF_HEADER, csrfToken);
		}
		byte[] body = request.body == null ? null : request.body.getBytes(StandardCharsets.UTF_8);
		return session.send(request.method, request.path, body == null ? null : "application/json", body, all);
	}

	/**
	 * After a request: a coverage or restriction the request started ({@code !end} rows) is ended, and so is what the
	 * fixtures started, so that no routing between the two sides outlives the request.
	 */
	void settle(Row row, HttpSession.Response response) throws Exception {
		if (row.flags.contains("end") && response.status() < 300) {
			String resource = row.path.split("[/?]")[1];
			fixtures.afterwards("/" + resource + "/" + response.json().path("uuid").asText() + "/end");
		}
		fixtures.cleanUp();
	}

	static String abbreviate(String text) {
		return text.length() > 160 ? text.substring(0, 160) + "...(" + text.length() + " chars)" : text;
	}
}
