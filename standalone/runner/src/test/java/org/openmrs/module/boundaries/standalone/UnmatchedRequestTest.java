package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.module.boundaries.web.RequestBodyLimit;

/**
 * Requests no endpoint of the module takes, through the platform's real dispatcher (which on its own answers a wrong
 * method with HTTP 200 carrying an exception, and an unknown path with the container's HTML page): the module answers
 * them with its JSON errors. And a body too large to read, even one sent without a length.
 */
@Tag("security")
@ExtendWith(RunnerExtension.class)
class UnmatchedRequestTest {

	private static final String API = "/ws/rest/v1/boundaries";

	private static final Map<String, String> NONE = Collections.emptyMap();

	@Test
	void anUnknownPathIsAJsonNotFoundWhateverTheMethod(TargetServer server) throws Exception {
		for (String method : new String[] { "GET", "POST", "PUT", "PATCH", "DELETE" }) {
			HttpSession.Response response = new HttpSession(server).send(method, API + "/no/such/thing", null, null, NONE);
			assertEquals(404, response.status(), method + " " + response);
			assertNull(AuthorizationMatrixTest.cleanError(response), response.toString());
		}
	}

	@Test
	void aWrongMethodIsAJson405NamingTheAllowedOnes(TargetServer server) throws Exception {
		HttpSession.Response response = new HttpSession(server).send("PATCH", API + "/session", null, null, NONE);

		assertEquals(405, response.status(), response.toString());
		assertNull(AuthorizationMatrixTest.cleanError(response), response.toString());
		assertEquals("DELETE, GET, HEAD, POST", response.header("Allow").orElse(""));
	}

	/** What Chromium sends when it opens an address: XML before anything else. */
	private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	@Test
	void aBrowserOpeningAnApiAddressGetsJsonNotXml(TargetServer server) throws Exception {
		HttpSession doctor = new HttpSession(server);
		doctor.signIn(DemoAccount.DOCTOR);
		for (String path : new String[] { API + "/session", API + "/thread", API + "/inbox/summary",
		        API + "/colleague" }) {
			HttpSession.Response response = doctor.send("GET", path, null, null,
			    Collections.singletonMap("Accept", BROWSER_ACCEPT));

			assertEquals(200, response.status(), path + " " + response);
			assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), path + " "
			        + response.header("Content-Type") + " " + response);
		}
	}

	@Test
	void aClientAcceptingOnlyXmlGetsAJsonNotAcceptable(TargetServer server) throws Exception {
		HttpSession doctor = new HttpSession(server);
		doctor.signIn(DemoAccount.DOCTOR);

		HttpSession.Response response = doctor.send("GET", API + "/thread", null, null,
		    Collections.singletonMap("Accept", "application/xml"));

		assertEquals(406, response.status(), response.toString());
		assertNull(AuthorizationMatrixTest.cleanError(response), response.toString());
	}

	@Test
	void aBodyThatIsNotJsonIsUnsupportedMediaType(TargetServer server) throws Exception {
		HttpSession doctor = new HttpSession(server);
		String token = doctor.signIn(DemoAccount.DOCTOR).json().path("csrfToken").asText();

		HttpSession.Response response = doctor.send("POST", API + "/contact", "text/plain", "hello".getBytes(),
		    Collections.singletonMap("X-CSRF-Token", token));

		assertEquals(415, response.status(), response.toString());
		assertNull(AuthorizationMatrixTest.cleanError(response), response.toString());
	}

	@Test
	void aHugeBodyWithoutALengthIsCutOffWith413(TargetServer server) throws Exception {
		byte[] start = "{\"username\":\"".getBytes(StandardCharsets.UTF_8);
		InputStream endless = new SequenceInputStream(new ByteArrayInputStream(start),
		        new ByteArrayInputStream(new byte[RequestBodyLimit.MAX_BYTES * 4]) {

			        @Override
			        public synchronized int read(byte[] b, int off, int len) {
				        int n = super.read(b, off, len);
				        for (int i = off; i < off + Math.max(n, 0); i++) {
					        b[i] = 'a';
				        }
				        return n;
			        }
		        });
		HttpRequest request = HttpRequest.newBuilder(URI.create(server.getBaseUrl() + HttpSession.SESSION_PATH))
		        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofInputStream(() -> endless))
		        .build();

		HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

		assertEquals(413, response.statusCode(), response.body());
		assertEquals(true, response.body().contains("boundaries.error.tooLarge"), response.body());
	}
}
