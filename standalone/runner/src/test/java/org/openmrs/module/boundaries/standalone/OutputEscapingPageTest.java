package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Side;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Stored cross-site scripting, in Chromium: a script-and-HTML payload is stored through the API in every text field
 * users type (boundaries, messages, subjects, notes, reasons, contact log, gifts, transfers), then every page of the
 * module is opened by the user who sees that data. Where a page shows the payload it shows it as text, and nowhere
 * does it run: the payload's {@code window.__pwned} is never set and no element it carries exists. A page added to the
 * module must be added here too.
 */
@Tag("security")
@ExtendWith({ RunnerExtension.class, SecurityReport.class })
class OutputEscapingPageTest {

	private static final String MARKER = "Pwn" + Long.toString(System.nanoTime() % 1_000_000, 36);

	private static final String PAYLOAD = "<img src=x onerror=\"window.__pwned=1\">" + MARKER
	        + "<script>window.__pwned=1</script>";

	private static final Path PAGES = Paths.get("../../omod/src/main/webapp/resources");

	/** The report pages show rows once their form (with its default period) is submitted. */
	private static final String SUBMIT = "document.querySelector('form').requestSubmit()";

	/** Pages that show nothing a user typed: they are still checked for scripts that run. */
	private static final String NO_PAYLOAD = "";

	@Test
	void storedScriptsAndHtmlShowAsTextOnEveryPageAndNeverRun(TargetServer server) throws Exception {
		Fixtures f = new Fixtures(server);
		Stored stored = store(f);

		Map<String, Visit> visits = new LinkedHashMap<>();
		visit(visits, "signin.html", null, NO_PAYLOAD);
		visit(visits, "portal/index.html", DemoAccount.PATIENT2, NO_PAYLOAD);
		visit(visits, "portal/messages.html", DemoAccount.PATIENT2, MARKER);
		visit(visits, "portal/thread.html?uuid=" + stored.thread, DemoAccount.PATIENT2, MARKER);
		visit(visits, "portal/compose.html?provider=" + stored.provider, DemoAccount.PATIENT2, MARKER);
		visit(visits, "portal/providers.html", DemoAccount.PATIENT2, NO_PAYLOAD);
		visit(visits, "portal/boundaries.html?provider=" + stored.provider, DemoAccount.PATIENT2, MARKER);
		visit(visits, "clinician/index.html", DemoAccount.DOCTOR2, NO_PAYLOAD);
		visit(visits, "clinician/inbox.html", DemoAccount.DOCTOR2, MARKER);
		visit(visits, "clinician/thread.html?uuid=" + stored.thread, DemoAccount.DOCTOR2, MARKER);
		visit(visits, "clinician/messaging-export.html?uuid=" + stored.thread, DemoAccount.DOCTOR2, MARKER);
		visit(visits, "clinician/messaging-patient.html?patient=" + stored.patient, DemoAccount.DOCTOR2, MARKER);
		visit(visits, "clinician/messaging-away.html", DemoAccount.DOCTOR, MARKER);
		visit(visits, "clinician/contact-log.html?patient=" + stored.patient, DemoAccount.DOCTOR2, MARKER);
		visit(visits, "clinician/contact-log-print.html?patient=" + stored.patient, DemoAccount.DOCTOR2, MARKER);
		visit(visits, "clinician/my-boundaries.html", DemoAccount.DOCTOR2, MARKER);
		visit(visits, "clinician/boundaries-acknowledgements.html?patient=" + stored.patient, DemoAccount.DOCTOR2,
		    NO_PAYLOAD);
		visit(visits, "admin/index.html", DemoAccount.MANAGER, NO_PAYLOAD);
		visit(visits, "admin/contact-log-reports.html", DemoAccount.MANAGER, MARKER).action = SUBMIT;
		visit(visits, "admin/contact-log-reports.html?report=concerns", DemoAccount.MANAGER, NO_PAYLOAD).action = SUBMIT;
		visit(visits, "admin/organisation-boundaries.html", DemoAccount.MANAGER, NO_PAYLOAD);

		assertEquals(pagesOfTheModule(), visits.values().stream().map(v -> v.page).collect(Collectors.toCollection(TreeSet::new)),
		    "every page of the module is checked");

		List<String> failures = new ArrayList<>();
		try (Browser browser = Browser.open()) {
			DemoAccount signedIn = null;
			for (Visit visit : visits.values()) {
				if (visit.account != signedIn) {
					browser.driver.manage().deleteAllCookies();
					if (visit.account != null) {
						browser.signIn(server, visit.account);
					}
					signedIn = visit.account;
				}
				browser.driver.get(server.getBaseUrl() + "/moduleResources/boundaries/" + visit.url);
				String problem = check(browser, visit);
				if (problem != null) {
					failures.add(visit.url + " as " + (visit.account == null ? "visitor" : visit.account) + ": " + problem);
				}
			}
		}
		finally {
			stored.end(f);
		}
		SecurityReport.count("pages", visits.size());
		assertEquals(new ArrayList<>(), failures);
	}

	private static String check(Browser browser, Visit visit) {
		WebDriverWait wait = new WebDriverWait(browser.driver, Duration.ofSeconds(15));
		boolean shown = true;
		try {
			if (visit.action != null) {
				wait.until(driver -> "complete".equals(browser.driver.executeScript("return document.readyState")));
				Thread.sleep(1000);
				browser.driver.executeScript(visit.action);
			}
			if (visit.marker.isEmpty()) {
				wait.until(driver -> "complete".equals(browser.driver.executeScript("return document.readyState")));
				Thread.sleep(1000);
			} else {
				wait.until(driver -> Boolean.TRUE.equals(browser.driver.executeScript(
				    "const m = arguments[0]; return document.body.innerText.includes(m)"
				            + " || [...document.querySelectorAll('input, textarea')].some(e => e.value.includes(m));",
				    visit.marker)));
			}
		}
		catch (TimeoutException e) {
			shown = false;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		Object ran = browser.driver.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)");
		if (ran != null) {
			return "the stored script ran";
		}
		Object injected = browser.driver.executeScript(
		    "return document.querySelectorAll('img[src=\"x\"]').length"
		            + " + [...document.querySelectorAll('script')].filter(s => s.textContent.includes('__pwned')).length");
		if (((Number) injected).intValue() > 0) {
			return "the stored HTML became elements";
		}
		if (!shown) {
			return "the stored text is not shown (" + visit.marker + ")";
		}
		if (!visit.marker.isEmpty()) {
			Object asText = browser.driver.executeScript("return document.body.innerText.includes(arguments[0])"
			        + " || [...document.querySelectorAll('input, textarea')].some(e => e.value.includes(arguments[0]));",
			    PAYLOAD.substring(0, 12));
			if (!Boolean.TRUE.equals(asText)) {
				return "the markup around the stored text is not shown as text";
			}
		}
		return null;
	}

	private static Visit visit(Map<String, Visit> visits, String url, DemoAccount account, String marker) {
		Visit visit = new Visit(url, account, marker);
		visits.put(url, visit);
		return visit;
	}

	private static TreeSet<String> pagesOfTheModule() throws Exception {
		try (Stream<Path> files = Files.walk(PAGES)) {
			return files.filter(p -> p.toString().endsWith(".html")).map(p -> PAGES.relativize(p).toString().replace('\\', '/'))
			        .collect(Collectors.toCollection(TreeSet::new));
		}
	}

	/** The payload in every field users type, for patient2, doctor2 and their thread. */
	private static Stored store(Fixtures f) throws Exception {
		Stored stored = new Stored();
		stored.patient = f.patient(Side.B);
		stored.provider = f.provider(Side.B);

		ObjectNode draft = Fixtures.JSON.createObjectNode();
		for (String channel : new String[] { "PORTAL", "EMAIL", "SOCIAL_MEDIA" }) {
			draft.withArray("channelRules").addObject().put("channel", channel).put("stance", "LIMITED").put("note",
			    PAYLOAD);
		}
		for (String field : new String[] { "readingTimes", "emergencyInstructions", "outOfHoursInstructions", "portalTopics",
		        "appointmentTopics", "giftPolicy", "socialMediaPolicy", "personalNote" }) {
			draft.put(field, PAYLOAD);
		}
		f.write(DemoAccount.DOCTOR2, "PUT", "/profile/draft?provider=" + stored.provider, draft.toString());
		f.write(DemoAccount.DOCTOR2, "POST", "/profile/publish?provider=" + stored.provider, null);
		f.write(DemoAccount.DOCTOR2, "PUT", "/profile/draft?provider=" + stored.provider, draft.toString());

		f.write(DemoAccount.PATIENT2, "POST", "/acknowledgement", "{\"provider\":\"" + stored.provider + "\"}");
		ObjectNode start = Fixtures.JSON.createObjectNode().put("provider", stored.provider).put("category", "OTHER")
		        .put("subject", PAYLOAD).put("body", PAYLOAD);
		stored.thread = f.write(DemoAccount.PATIENT2, "POST", "/thread", start.toString()).path("uuid").asText();
		String reply = Fixtures.JSON.createObjectNode().put("body", PAYLOAD).toString();
		f.write(DemoAccount.DOCTOR2, "POST", "/thread/" + stored.thread + "/message", reply);
		String voided = f.write(DemoAccount.DOCTOR2, "POST", "/thread/" + stored.thread + "/message", reply)
		        .path("message").path("uuid").asText();
		f.write(DemoAccount.DOCTOR2, "DELETE", "/thread/" + stored.thread + "/message/" + voided + "?reason="
		        + java.net.URLEncoder.encode(PAYLOAD, "UTF-8"), null);
		ObjectNode flag = Fixtures.JSON.createObjectNode().put("concernKind", "OTHER").put("severity", "LOW")
		        .put("summary", PAYLOAD);
		f.write(DemoAccount.DOCTOR2, "POST", "/thread/" + stored.thread + "/flag", flag.toString());

		// doctor is away, covered by doctor2, and hands patient2 to doctor2: whoever patient2 writes to, doctor2 answers
		stored.coverage = f.write(DemoAccount.DOCTOR, "POST", "/coverage", Fixtures.JSON.createObjectNode()
		        .put("coveringProvider", stored.provider).put("note", PAYLOAD).toString()).path("uuid").asText();
		stored.restriction = f.write(DemoAccount.DOCTOR, "POST", "/restriction", Fixtures.JSON.createObjectNode()
		        .put("patient", stored.patient).put("routeTo", stored.provider).put("reason", PAYLOAD).toString())
		        .path("uuid").asText();

		ObjectNode contact = (ObjectNode) Fixtures.JSON.readTree(f.fill(Fixtures.CONTACT, AuthorizationMatrix.Role.ADMIN,
		    Side.B, false));
		contact.put("summary", PAYLOAD).put("actionsNote", PAYLOAD).put("category", "BOUNDARY_CONCERN")
		        .put("concernKind", "OTHER").put("severity", "HIGH");
		String entry = f.write(DemoAccount.DOCTOR2, "POST", "/contact", contact.toString()).path("uuid").asText();
		f.write(DemoAccount.DOCTOR2, "POST", "/contact", contact.toString());
		f.write(DemoAccount.DOCTOR2, "DELETE", "/contact/" + entry + "?reason=" + java.net.URLEncoder.encode(PAYLOAD,
		    "UTF-8"), null);
		ObjectNode gift = (ObjectNode) Fixtures.JSON.readTree(f.fill(Fixtures.GIFT, AuthorizationMatrix.Role.ADMIN, Side.B,
		    false));
		gift.put("description", PAYLOAD).put("donorName", PAYLOAD).put("reason", PAYLOAD).put("donor", "RELATIVE")
		        .put("offeredOn", java.time.LocalDate.now().toString());
		f.write(DemoAccount.DOCTOR2, "POST", "/gift", gift.toString());
		ObjectNode transfer = (ObjectNode) Fixtures.JSON.readTree(f.fill(Fixtures.TRANSFER, AuthorizationMatrix.Role.ADMIN,
		    Side.B, false));
		transfer.put("reason", PAYLOAD);
		f.write(DemoAccount.DOCTOR2, "POST", "/transfer", transfer.toString());
		return stored;
	}

	/** Where the payload was stored; the cover and restriction are ended afterwards. */
	private static final class Stored {

		String patient;

		String provider;

		String thread;

		String coverage;

		String restriction;

		void end(Fixtures f) throws Exception {
			f.write(DemoAccount.ADMIN, "POST", "/coverage/" + coverage + "/end", null);
			f.write(DemoAccount.ADMIN, "POST", "/restriction/" + restriction + "/end", null);
		}
	}

	private static final class Visit {

		final String url;

		final String page;

		final DemoAccount account;

		final String marker;

		/** Script run once the page is ready, such as submitting its form. */
		String action;

		Visit(String url, DemoAccount account, String marker) {
			this.url = url;
			this.page = url.split("\\?")[0];
			this.account = account;
			this.marker = marker;
		}
	}
}
