package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A folder of the module's pages, as a user types it, opens its index page: the platform's resource servlet serves
 * only files and fails on a folder with a 500 and a stack trace (and so does the stand-in's, as strict).
 */
@Tag("security")
@ExtendWith(RunnerExtension.class)
class PageFolderTest {

	private static final String RESOURCES = "/moduleResources/boundaries";

	@Test
	void aPageFolderRedirectsToItsIndexPage(TargetServer server) throws Exception {
		for (String folder : new String[] { "portal", "clinician", "admin" }) {
			for (String path : new String[] { RESOURCES + "/" + folder + "/", RESOURCES + "/" + folder }) {
				assertRedirectsTo(server, path, RESOURCES + "/" + folder + "/index.html");
			}
		}
	}

	@Test
	void theModulesOwnFolderRedirectsToTheSignInPage(TargetServer server) throws Exception {
		assertRedirectsTo(server, RESOURCES + "/", RESOURCES + "/signin.html");
		assertRedirectsTo(server, RESOURCES, RESOURCES + "/signin.html");
	}

	@Test
	void aFolderWithoutAnIndexPageIsNotFound(TargetServer server) throws Exception {
		assertEquals(404, new HttpSession(server).get(RESOURCES + "/common/").status());
		assertEquals(404, new HttpSession(server).get(RESOURCES + "/common").status());
	}

	@Test
	void filesAreServedAsTheyAre(TargetServer server) throws Exception {
		HttpSession.Response page = new HttpSession(server).get(RESOURCES + "/portal/index.html");

		assertEquals(200, page.status(), page.toString());
		assertTrue(page.header("Content-Type").orElse("").startsWith("text/html"), page.toString());
	}

	private static void assertRedirectsTo(TargetServer server, String path, String target) throws Exception {
		HttpSession.Response response = new HttpSession(server).get(path);

		assertEquals(302, response.status(), path + " -> " + response);
		String location = response.header("Location").orElse("");
		String contextPath = URI.create(server.getBaseUrl()).getPath();
		assertTrue(location.endsWith(contextPath + target), path + " -> " + location);
	}
}
