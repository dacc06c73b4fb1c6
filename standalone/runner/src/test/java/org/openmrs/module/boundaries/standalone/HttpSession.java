package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A browser-like client for the module's REST API on the server under test: keeps the session cookie it is given (and only that),
 * sends JSON.
 */
final class HttpSession {

	static final String SESSION_PATH = "/ws/rest/v1/boundaries/session";

	/** The host's own session resource (the REST module's, as OpenMRS 3 signs in). */
	static final String HOST_SESSION_PATH = "/ws/rest/v1/session";

	private static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
	        .followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private String sessionId;

	private Duration timeout = Duration.ofSeconds(30);

	HttpSession(TargetServer server) {
		this.baseUrl = server.getBaseUrl();
	}

	/** A client presenting a session cookie it was not given: a replayed or a planted one. */
	static HttpSession withCookie(TargetServer server, String sessionId) {
		HttpSession session = new HttpSession(server);
		session.sessionId = sessionId;
		return session;
	}

	/** The session cookie's value, or null before the server gave one. */
	String sessionId() {
		return sessionId;
	}

	Response get(String path) throws IOException, InterruptedException {
		return send(request(path).GET());
	}

	Response postJson(String path, String body) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json")
		        .POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	/** A state-changing POST as the module's pages send it: JSON with the session's CSRF token. */
	Response postJson(String path, String body, String csrfToken) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json").header("X-CSRF-Token", csrfToken)
		        .POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	Response delete(String path, String csrfToken) throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(path).DELETE();
		if (csrfToken != null) {
			builder.header("X-CSRF-Token", csrfToken);
		}
		return send(builder);
	}

	Response signIn(String username, String password) throws IOException, InterruptedException {
		return postJson(SESSION_PATH, JSON.createObjectNode().put("username", username).put("password", password)
		        .toString());
	}

	Response signIn(DemoAccount account) throws IOException, InterruptedException {
		return signIn(account.getUsername(), account.getPassword());
	}

	/**
	 * Signs in the way OpenMRS 3 does, through the host and not the module: the REST module's session resource with
	 * HTTP Basic credentials. The module never sees the sign-in, so the session has no CSRF token yet. An external
	 * server without the REST module (a bare platform has no sign-in of its own) skips the test.
	 */
	Response signInThroughHost(DemoAccount account) throws IOException, InterruptedException {
		return signInThroughHost(account.getUsername(), account.getPassword());
	}

	/** {@link #signInThroughHost(DemoAccount)} with any credentials, right or wrong. */
	Response signInThroughHost(String username, String password) throws IOException, InterruptedException {
		String credentials = username + ":" + password;
		Response response = send(request(HOST_SESSION_PATH).header("Authorization",
		    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8))).GET());
		Assumptions.assumeFalse(TargetServer.isExternal() && response.status() == 404, () -> "Skipped against "
		        + baseUrl + ": no REST module there, so no sign-in through the host (" + HOST_SESSION_PATH + " is 404)");
		return response;
	}

	/**
	 * Any request: the method, the path with its query, a body (raw bytes, so that it may be invalid UTF-8) of the
	 * given content type or none, and extra headers such as the CSRF token or an Origin.
	 */
	Response send(String method, String path, String contentType, byte[] body, Map<String, String> headers)
	        throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(path).method(method,
		    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		if (contentType != null) {
			builder.header("Content-Type", contentType);
		}
		headers.forEach(builder::setHeader);
		return send(builder);
	}

	/** How long a request may take before the client gives up: 30 s unless said otherwise. */
	HttpSession timeout(Duration timeout) {
		this.timeout = timeout;
		return this;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(timeout)
		        .header("Accept", "application/json");
		if (sessionId != null) {
			builder.header("Cookie", "JSESSIONID=" + sessionId);
		}
		return builder;
	}

	private Response send(HttpRequest.Builder builder) throws IOException, InterruptedException {
		HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith("JSESSIONID=")) {
				sessionId = cookie.substring("JSESSIONID=".length(), cookie.indexOf(';') > 0 ? cookie.indexOf(';')
				        : cookie.length());
			}
		}
		return new Response(response);
	}

	static final class Response {

		final HttpResponse<String> raw;

		Response(HttpResponse<String> raw) {
			this.raw = raw;
		}

		int status() {
			return raw.statusCode();
		}

		String body() {
			return raw.body();
		}

		Optional<String> header(String name) {
			return raw.headers().firstValue(name);
		}

		JsonNode json() throws IOException {
			return JSON.readTree(raw.body());
		}

		/**
		 * True when this answer to {@code GET /session} says someone is signed in. A cookie of a session that ended is
		 * refused outright (401, not JSON) on a server with the REST module, and answered "not signed in" without it.
		 */
		boolean signedIn() throws IOException {
			return status() == 200 && json().path("authenticated").asBoolean();
		}

		/** Status and the start of the body: enough to see what went wrong without a page of stack trace. */
		@Override
		public String toString() {
			String body = raw.body();
			return raw.statusCode() + " " + (body.length() > 400 ? body.substring(0, 400) + "..." : body);
		}
	}
}
