package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The runner's web layer behaves as the real platform's where the module depends on it: module pages at
 * /moduleResources/&lt;moduleId&gt;/..., JSON controllers under /ws, an unhandled exception as HTTP 200.
 */
@NeedsEmbeddedRunner("probes the stand-in's web layer with a controller of the test's own")
@ExtendWith(RunnerExtension.class)
class WebLayerTest {

	@Test
	void servesTheModulesPagesAsUtf8Html(TargetServer server) throws Exception {
		HttpSession.Response page = new HttpSession(server).get("/moduleResources/boundaries/signin.html");

		assertEquals(200, page.status(), page.toString());
		assertEquals("text/html;charset=UTF-8", page.header("Content-Type").orElse("").replace(" ", ""));
		assertTrue(page.header("Last-Modified").isPresent());
	}

	@Test
	void missingResourceAndUnknownModuleAreNotFound(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);

		assertEquals(404, http.get("/moduleResources/boundaries/no-such-page.html").status());
		assertEquals(404, http.get("/moduleResources/nosuchmodule/signin.html").status());
	}

	/** As the platform's, which refuses it with an exception (the module's folders have their own filter). */
	@Test
	void aResourcePathWithoutAModuleFolderFails(TargetServer server) throws Exception {
		assertEquals(500, new HttpSession(server).get("/moduleResources/nosuchmodule").status());
	}

	@Test
	void cannotLeaveTheModulesResourceFolder(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);

		for (String path : new String[] { "/moduleResources/boundaries/../../WEB-INF/view/module/boundaries/resources/signin.html",
		        "/moduleResources/boundaries/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
		        "/moduleResources/boundaries/..%2f..%2f..%2fetc%2fpasswd" }) {
			HttpSession.Response response = http.get(path);
			assertNotEquals(200, response.status(), path + " -> " + response);
		}
	}

	@Test
	void unknownRestPathIsNotFound(TargetServer server) throws Exception {
		assertEquals(404, new HttpSession(server).get("/ws/rest/v1/boundaries/no-such-resource").status());
	}

	@Test
	void uncaughtControllerExceptionComesBackAsHttp200Json(TargetServer server) throws Exception {
		HttpSession.Response response = new HttpSession(server).get(PlatformProbeController.FAIL_PATH);

		assertEquals(200, response.status(), response.toString());
		assertTrue(response.header("Content-Type").orElse("").startsWith("application/json"), response.toString());
		assertTrue(response.body().contains(PlatformProbeController.MESSAGE), response.toString());
	}

	@Test
	void controllersSeeTheSessionsUserContext(TargetServer server) throws Exception {
		HttpSession http = new HttpSession(server);
		assertEquals("anonymous", http.get(PlatformProbeController.WHO_PATH).json().path("who").asText());

		assertEquals(200, http.signIn(DemoAccount.DOCTOR2).status());

		assertEquals(DemoAccount.DOCTOR2.getUsername(), http.get(PlatformProbeController.WHO_PATH).json().path("who")
		        .asText());
	}

	@Test
	void contextRootOpensTheSignInPage(TargetServer server) throws Exception {
		HttpSession.Response response = new HttpSession(server).get("/");

		assertEquals(302, response.status());
		assertTrue(response.header("Location").orElse("").endsWith("/moduleResources/boundaries/signin.html"));
	}
}
