package org.openmrs.module.boundaries.standalone.perf;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** One signed-in user of the runner's REST API, as a page would be: its session cookie and its CSRF token. */
final class HttpClientSession {

	static final String API = "/ws/rest/v1/boundaries";

	static final ObjectMapper JSON = new ObjectMapper();

	private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
	        .connectTimeout(Duration.ofSeconds(10)).followRedirects(HttpClient.Redirect.NEVER).build();

	private final String baseUrl;

	private String sessionId;

	private String csrfToken;

	HttpClientSession(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	static HttpClientSession signIn(String baseUrl, String username) throws IOException, InterruptedException {
		HttpClientSession session = new HttpClientSession(baseUrl);
		HttpResponse<String> response = session.send(session.request(API + "/session")
		        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(JSON
		                .createObjectNode().put("username", username).put("password", PerfOptions.PASSWORD).toString())));
		if (response.statusCode() != 200) {
			throw new IllegalStateException("Sign-in as " + username + " failed: " + response.statusCode() + " "
			        + response.body());
		}
		session.csrfToken = JSON.readTree(response.body()).path("csrfToken").asText();
		return session;
	}

	/** GET; anything but 200 is an error. */
	String get(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = send(request(path).GET());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + ": " + response.statusCode() + " " + abbreviate(response.body()));
		}
		return response.body();
	}

	JsonNode getJson(String path) throws IOException, InterruptedException {
		return JSON.readTree(get(path));
	}

	/** POSTs JSON with the CSRF token; returns the status. */
	int post(String path, String json) throws IOException, InterruptedException {
		return send(request(path).header("Content-Type", "application/json").header("X-CSRF-Token", csrfToken)
		        .POST(HttpRequest.BodyPublishers.ofString(json))).statusCode();
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60))
		        .header("Accept", "application/json");
		if (sessionId != null) {
			builder.header("Cookie", "JSESSIONID=" + sessionId);
		}
		return builder;
	}

	private HttpResponse<String> send(HttpRequest.Builder builder) throws IOException, InterruptedException {
		HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
		for (String cookie : response.headers().allValues("Set-Cookie")) {
			if (cookie.startsWith("JSESSIONID=")) {
				int end = cookie.indexOf(';');
				sessionId = cookie.substring("JSESSIONID=".length(), end > 0 ? end : cookie.length());
			}
		}
		return response;
	}

	private static String abbreviate(String body) {
		return body.length() > 300 ? body.substring(0, 300) + "..." : body;
	}
}
