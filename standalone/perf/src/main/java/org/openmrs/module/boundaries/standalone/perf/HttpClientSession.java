package org.openmrs.module.boundaries.standalone.perf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One signed-in user of the runner's REST API, as a page would be: its session cookie and its CSRF token. Requests go
 * over the JDK's synchronous {@link HttpURLConnection}, whose connections are kept alive and reused: the client shares
 * the machine's two cores with the server it measures, and java.net.http's asynchronous client cost about twice the
 * CPU per request.
 */
final class HttpClientSession {

	static final String API = "/ws/rest/v1/boundaries";

	static final ObjectMapper JSON = new ObjectMapper();

	private static final int TIMEOUT_MILLIS = 60_000;

	static {
		// kept-alive connections per server (5 by default): one for each sender, reader and the statistics
		if (System.getProperty("http.maxConnections") == null) {
			System.setProperty("http.maxConnections", "64");
		}
	}

	private final String baseUrl;

	private String sessionId;

	private String csrfToken;

	HttpClientSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static HttpClientSession signIn(String baseUrl, String username) throws IOException {
		HttpClientSession session = new HttpClientSession(baseUrl);
		Response response = session.send("POST", API + "/session", JSON.createObjectNode().put("username", username)
		        .put("password", PerfOptions.PASSWORD).toString());
		if (response.status != 200) {
			throw new IllegalStateException("Sign-in as " + username + " failed: " + response.status + " "
			        + response.body);
		}
		session.csrfToken = JSON.readTree(response.body).path("csrfToken").asText();
		return session;
	}

	/** GET; anything but 200 is an error. */
	String get(String path) throws IOException {
		Response response = send("GET", path, null);
		if (response.status != 200) {
			throw new IllegalStateException("GET " + path + ": " + response.status + " " + abbreviate(response.body));
		}
		return response.body;
	}

	/** GET of a path that must not exist; anything but 404 is an error. */
	void getNotFound(String path) throws IOException {
		Response response = send("GET", path, null);
		if (response.status != 404) {
			throw new IllegalStateException("GET " + path + ": " + response.status + " where 404 was expected");
		}
	}

	JsonNode getJson(String path) throws IOException {
		return JSON.readTree(get(path));
	}

	/** POSTs JSON with the CSRF token; returns the status. */
	int post(String path, String json) throws IOException {
		return send("POST", path, json).status;
	}

	private Response send(String method, String path, String json) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) new URL(baseUrl + path).openConnection();
		connection.setConnectTimeout(TIMEOUT_MILLIS);
		connection.setReadTimeout(TIMEOUT_MILLIS);
		connection.setInstanceFollowRedirects(false);
		connection.setRequestMethod(method);
		connection.setRequestProperty("Accept", "application/json");
		if (sessionId != null) {
			connection.setRequestProperty("Cookie", "JSESSIONID=" + sessionId);
		}
		if (json != null) {
			connection.setDoOutput(true);
			connection.setRequestProperty("Content-Type", "application/json");
			if (csrfToken != null) {
				connection.setRequestProperty("X-CSRF-Token", csrfToken);
			}
			byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
			connection.setFixedLengthStreamingMode(bytes.length);
			try (OutputStream out = connection.getOutputStream()) {
				out.write(bytes);
			}
		}
		int status = connection.getResponseCode();
		String cookie = connection.getHeaderField("Set-Cookie");
		if (cookie != null && cookie.startsWith("JSESSIONID=")) {
			int end = cookie.indexOf(';');
			sessionId = cookie.substring("JSESSIONID=".length(), end > 0 ? end : cookie.length());
		}
		// read to the end (and close) so that the connection goes back to the pool of kept-alive ones
		try (InputStream in = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
			return new Response(status, in == null ? "" : readAll(in));
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		byte[] buffer = new byte[16 * 1024];
		for (int n; (n = in.read(buffer)) > 0;) {
			bytes.write(buffer, 0, n);
		}
		return new String(bytes.toByteArray(), StandardCharsets.UTF_8);
	}

	private static final class Response {

		final int status;

		final String body;

		Response(int status, String body) {
			this.status = status;
			this.body = body;
		}
	}

	private static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "..." : body;
	}
}
