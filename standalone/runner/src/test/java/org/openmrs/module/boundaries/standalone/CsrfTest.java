package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Role;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Row;
import org.openmrs.module.boundaries.standalone.AuthorizationMatrix.Side;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

/**
 * Cross-site request forgery against every state-changing endpoint of the matrix, each as a role that may use it, on
 * objects the request would really change. Over HTTP: without the token, with a wrong one, with another session's,
 * with the right one but from another origin, or flagged cross-site by the browser: 403, nothing written; the same
 * request from the module's own origin succeeds. In Chromium: a signed-in user visits a page served by another HTTP
 * server (127.0.0.1 on another port: another site; localhost on another port: the same site, another origin), which
 * fires every request as a form post, a simple fetch and a JSON fetch: nothing is written, the user is still signed in,
 * and each form post the server answered was refused.
 */
@Tag("security")
@ExtendWith({ RunnerExtension.class, SecurityReport.class })
class CsrfTest {

	private static final String ATTACK_PAGE = "/attack";

	private static MatrixRequests requests;

	private static ModuleTables tables;

	@BeforeAll
	static void connect() throws Exception {
		requests = new MatrixRequests(new Fixtures(RunnerExtension.target()));
		tables = new ModuleTables(RunnerExtension.target());
	}

	@AfterAll
	static void disconnect() throws Exception {
		tables.close();
	}

	/** The state-changing rows, each with the role that may send it (preferring a signed-in one). */
	private static Map<Row, Role> stateChangingRows() {
		Map<Row, Role> rows = new LinkedHashMap<>();
		for (Row row : AuthorizationMatrix.rows()) {
			List<Role> allowed = row.allowedRoles().stream().filter(role -> role.account != null)
			        .collect(Collectors.toList());
			if (row.isStateChanging() && !allowed.isEmpty()) {
				rows.put(row, allowed.get(0));
			}
		}
		return rows;
	}

	private static Side sideOf(Role role) {
		return role.side == null ? Side.A : role.side;
	}

	@Test
	void everyStateChangingRequestWithoutTheDefenceIsRefusedOverHttp() throws Exception {
		String origin = RunnerExtension.target().getBaseUrl().replace("/openmrs", "");
		List<String> failures = new ArrayList<>();
		int checked = 0;
		for (Map.Entry<Row, Role> entry : stateChangingRows().entrySet()) {
			Row row = entry.getKey();
			Role role = entry.getValue();
			MatrixRequests.Filled request = requests.fill(row, role, sideOf(role), true);
			HttpSession session = requests.session(row, role);
			String token = requests.token(session, role);
			boolean signIn = row.path.startsWith("/session") && row.method.equals("POST");
			if (!signIn) {
				refused(failures, row, "no token", session, request, null, Collections.emptyMap());
				refused(failures, row, "wrong token", session, request, token + "x", Collections.emptyMap());
				HttpSession sameUserElsewhere = new HttpSession(RunnerExtension.target());
				String otherToken = Fixtures.signIn(sameUserElsewhere, role.account).path("csrfToken").asText();
				refused(failures, row, "another session's token", session, request, otherToken, Collections.emptyMap());
			}
			refused(failures, row, "another origin", session, request, token,
			    Collections.singletonMap("Origin", "http://evil.example"));
			refused(failures, row, "cross-site fetch", session, request, token,
			    Collections.singletonMap("Sec-Fetch-Site", "cross-site"));
			refused(failures, row, "null origin", session, request, token, Collections.singletonMap("Origin", "null"));

			HttpSession.Response control = MatrixRequests.send(session, request, token,
			    Collections.singletonMap("Origin", origin));
			requests.settle(row, control);
			if (control.status() >= 300) {
				failures.add(row + ": the same request from the module's own origin with the token was refused: " + control);
			}
			checked++;
		}
		SecurityReport.atLeast("CSRF endpoints", checked);
		if (!failures.isEmpty()) {
			fail(String.join("\n", failures));
		}
	}

	private static void refused(List<String> failures, Row row, String what, HttpSession session,
	        MatrixRequests.Filled request, String token, Map<String, String> headers) throws Exception {
		ModuleTables.Snapshot before = tables.snapshot();
		HttpSession.Response response = MatrixRequests.send(session, request, token, headers);
		String changes = before.changesTo(tables.snapshot());
		String problem = response.status() != 403 ? "status " + response.status()
		        : AuthorizationMatrixTest.cleanError(response);
		if (problem == null && !changes.isEmpty()) {
			problem = "written: " + changes;
		}
		if (problem != null) {
			failures.add(row + " (" + what + "): " + problem + " <- " + request + " -> " + response);
		}
	}

	@Test
	void aPageOnAnotherOriginCannotMakeASignedInBrowserChangeAnything() throws Exception {
		Map<Role, List<Row>> byRole = new LinkedHashMap<>();
		stateChangingRows().forEach((row, role) -> byRole.computeIfAbsent(role, r -> new ArrayList<>()).add(row));
		HttpServer attacker = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		String[] page = new String[1];
		attacker.createContext(ATTACK_PAGE, exchange -> {
			byte[] html = page[0].getBytes(StandardCharsets.UTF_8);
			exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, html.length);
			try (OutputStream out = exchange.getResponseBody()) {
				out.write(html);
			}
		});
		attacker.start();
		List<String> failures = new ArrayList<>();
		int attacks = 0;
		try (Browser browser = Browser.open()) {
			int port = attacker.getAddress().getPort();
			for (Map.Entry<Role, List<Row>> group : byRole.entrySet()) {
				Role role = group.getKey();
				browser.signIn(RunnerExtension.target(), role.account);
				for (String attackerOrigin : new String[] { "http://127.0.0.1:" + port, "http://localhost:" + port }) {
					List<MatrixRequests.Filled> forged = new ArrayList<>();
					for (Row row : group.getValue()) {
						forged.add(requests.fill(row, role, sideOf(role), true));
					}
					page[0] = attackPage(forged);
					ModuleTables.Snapshot before = tables.snapshot();
					browser.driver.get(attackerOrigin + ATTACK_PAGE);
					new WebDriverWait(browser.driver, Duration.ofSeconds(30))
					        .until(driver -> Boolean.TRUE.equals(browser.driver.executeScript("return window.__done === true")));
					failures.addAll(formAnswers(browser, role, attackerOrigin));
					String changes = before.changesTo(tables.snapshot());
					if (!changes.isEmpty()) {
						failures.add(role.label() + " visiting " + attackerOrigin + ": written " + changes);
					}
					requests.fixtures().cleanUp();
					attacks += forged.size() * 3;
				}
				browser.driver.get(RunnerExtension.target().getBaseUrl() + HttpSession.SESSION_PATH);
				String session = browser.driver.findElement(By.tagName("body")).getText();
				JsonNode json = Fixtures.JSON.readTree(session);
				assertTrue(json.path("authenticated").asBoolean(), role.label() + " was signed out by a forged request: "
				        + session);
				browser.driver.manage().deleteAllCookies();
			}
		}
		finally {
			attacker.stop(0);
		}
		SecurityReport.count("forged browser requests", attacks);
		assertEquals(Collections.emptyList(), failures);
	}

	/**
	 * A page that fires each request three ways: a form post into an iframe (a "simple" request the browser sends
	 * without asking), a no-cors fetch with a text body (likewise), and a fetch with the JSON content type and the
	 * request's method (which needs a CORS preflight that OpenMRS never grants). The iframes keep the answers.
	 */
	private static String attackPage(List<MatrixRequests.Filled> forged) throws IOException {
		String base = RunnerExtension.target().getBaseUrl();
		StringBuilder html = new StringBuilder("<!doctype html><html><body><script>const attacks = [];</script>\n");
		for (int i = 0; i < forged.size(); i++) {
			MatrixRequests.Filled request = forged.get(i);
			String url = base + request.path;
			String body = request.body == null ? "{}" : request.body;
			if (request.method.equals("POST")) {
				int split = Math.max(body.lastIndexOf(':'), 1);
				html.append("<iframe name=\"f").append(i).append("\" id=\"f").append(i).append("\"></iframe>")
				        .append("<form id=\"form").append(i).append("\" method=\"POST\" enctype=\"text/plain\" target=\"f")
				        .append(i).append("\" action=\"").append(escape(url)).append("\"><input name=\"")
				        .append(escape(body.substring(0, split))).append("\" value=\"").append(escape(body.substring(split + 1)))
				        .append("\"></form>\n");
			}
			html.append("<script>attacks.push(fetch(").append(Fixtures.JSON.writeValueAsString(url))
			        .append(", {method: 'POST', mode: 'no-cors', credentials: 'include', headers: {'Content-Type': 'text/plain'}, body: ")
			        .append(Fixtures.JSON.writeValueAsString(body)).append("}).catch(() => null));")
			        .append("attacks.push(fetch(").append(Fixtures.JSON.writeValueAsString(url)).append(", {method: '")
			        .append(request.method).append("', credentials: 'include', headers: {'Content-Type': 'application/json'},")
			        .append(request.method.equals("GET") ? "" : " body: " + Fixtures.JSON.writeValueAsString(body))
			        .append("}).catch(() => null));</script>\n");
		}
		html.append("<script>\n")
		        .append("const forms = [...document.querySelectorAll('form')];\n")
		        .append("const loaded = forms.map(form => new Promise(done => {")
		        .append(" document.getElementById(form.target).addEventListener('load', done, {once: true}); form.submit(); }));\n")
		        .append("Promise.all(attacks.concat(loaded)).then(() => { window.__done = true; });\n")
		        .append("setTimeout(() => { window.__done = true; }, 20000);\n</script></body></html>");
		return html.toString();
	}

	/** What the server answered each form post, read from its iframe: it must be a refusal. */
	private static List<String> formAnswers(Browser browser, Role role, String attackerOrigin) {
		List<String> failures = new ArrayList<>();
		for (WebElement frame : browser.driver.findElements(By.tagName("iframe"))) {
			String name = frame.getDomAttribute("name");
			browser.driver.switchTo().frame(frame);
			String answer = browser.driver.findElement(By.tagName("body")).getText();
			browser.driver.switchTo().defaultContent();
			if (!answer.contains("boundaries.error.crossOrigin") && !answer.contains("boundaries.error.unauthenticated")) {
				failures.add(role.label() + " visiting " + attackerOrigin + ", form " + name + " was answered: " + answer);
			}
		}
		return failures;
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
	}
}
