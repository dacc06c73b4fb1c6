package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The HTTP session over real HTTP: signing out kills the old cookie, signing in replaces the session id, the session
 * cookie is HttpOnly and SameSite, repeated failed sign-ins lock the account as OpenMRS does, and the sign-in page's
 * {@code next} parameter never leads to another site.
 */
@Tag("security")
@ExtendWith({ RunnerExtension.class, SecurityReport.class })
class SessionSecurityTest {

	private static final String SESSION = HttpSession.SESSION_PATH;

	private static final String INBOX = "/ws/rest/v1/boundaries/inbox/summary";

	@Test
	void afterSignOutTheOldCookieAndTokenAreWorthNothing(TargetServer server) throws Exception {
		HttpSession doctor = new HttpSession(server);
		String token = doctor.signIn(DemoAccount.DOCTOR).json().path("csrfToken").asText();
		String cookie = doctor.sessionId();
		assertEquals(200, doctor.get(INBOX).status());

		assertEquals(200, doctor.delete(SESSION, token).status());

		HttpSession replay = HttpSession.withCookie(server, cookie);
		assertFalse(replay.get(SESSION).json().path("authenticated").asBoolean());
		assertEquals(401, HttpSession.withCookie(server, cookie).get(INBOX).status());
		HttpSession.Response forged = HttpSession.withCookie(server, cookie).send("POST",
		    "/ws/rest/v1/boundaries/thread", "application/json", "{}".getBytes(), Collections.singletonMap("X-CSRF-Token",
		        token));
		assertEquals(401, forged.status(), forged.toString());
	}

	@Test
	void aSessionIdPlantedBeforeSignInIsNotSignedIn(TargetServer server) throws Exception {
		HttpSession victim = new HttpSession(server);
		victim.get(SESSION);
		String planted = victim.sessionId();

		assertEquals(200, victim.signIn(DemoAccount.PATIENT).status());

		assertNotEquals(planted, victim.sessionId());
		assertFalse(HttpSession.withCookie(server, planted).get(SESSION).json().path("authenticated").asBoolean());
		assertTrue(victim.get(SESSION).json().path("authenticated").asBoolean());
	}

	@Test
	void theSessionCookieIsHttpOnlySameSiteAndScopedToOpenmrs(TargetServer server) throws Exception {
		HttpSession.Response signIn = new HttpSession(server).signIn(DemoAccount.MANAGER);

		List<String> cookies = signIn.raw.headers().allValues("Set-Cookie");
		String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElse("");
		assertTrue(session.contains("HttpOnly"), session);
		assertTrue(session.contains("SameSite=Lax"), session);
		assertTrue(session.contains("Path=/openmrs"), session);
	}

	@Test
	@NeedsEmbeddedRunner("creates a user of its own through the platform in the test's JVM")
	void repeatedFailedSignInsLockTheAccountEvenAgainstTheRightPassword(TargetServer server) throws Exception {
		String username = "lockout" + System.nanoTime() % 100000;
		createUser(username, "Lockout123");
		HttpSession http = new HttpSession(server);
		assertEquals(200, new HttpSession(server).signIn(username, "Lockout123").status());

		// OpenMRS allows security.allowedFailedLoginsBeforeLockout (7) failures, then locks the account for 5 minutes
		for (int attempt = 1; attempt <= 8; attempt++) {
			HttpSession.Response wrong = http.signIn(username, "wrong-" + attempt);
			assertEquals(401, wrong.status(), wrong.toString());
		}
		HttpSession.Response right = http.signIn(username, "Lockout123");

		assertEquals(401, right.status(), right.toString());
		assertEquals("boundaries.session.lockedOut", right.json().path("error").path("code").asText(), right.toString());
		assertFalse(http.get(SESSION).json().path("authenticated").asBoolean());
	}

	@Test
	void signingInNeverSendsTheUserToAnotherSite(TargetServer server) throws Exception {
		try (Browser browser = Browser.open()) {
			for (String next : new String[] { "https://evil.example/", "//evil.example/", "/\\evil.example/",
			        "/openmrs/moduleResources/boundaries//evil.example/", "javascript:window.__pwned=1" }) {
				browser.driver.manage().deleteAllCookies();
				browser.driver.get(server.getBaseUrl() + "/moduleResources/boundaries/signin.html?next="
				        + java.net.URLEncoder.encode(next, "UTF-8"));
				new WebDriverWait(browser.driver, Duration.ofSeconds(15))
				        .until(ExpectedConditions.elementToBeClickable(By.id("signin-submit")));
				browser.driver.findElement(By.id("username")).sendKeys(DemoAccount.PATIENT.getUsername());
				browser.driver.findElement(By.id("password")).sendKeys(DemoAccount.PATIENT.getPassword());
				browser.driver.findElement(By.id("signin-submit")).click();
				new WebDriverWait(browser.driver, Duration.ofSeconds(15))
				        .until(ExpectedConditions.not(ExpectedConditions.urlContains("signin.html")));
				assertTrue(browser.driver.getCurrentUrl().startsWith(server.getBaseUrl() + "/moduleResources/boundaries/"),
				    next + " -> " + browser.driver.getCurrentUrl());
				assertEquals(null, browser.driver.executeScript("return window.__pwned === undefined ? null : 1"));
			}
		}
	}

	/** A user of its own, so that locking it out disturbs no other test. */
	private static void createUser(String username, String password) throws Exception {
		Platform.asAdmin(() -> {
			Person person = new Person();
			person.addName(new PersonName("Lock", null, "Out"));
			person.setGender("F");
			User user = new User(Context.getPersonService().savePerson(person));
			user.setUsername(username);
			return Context.getUserService().createUser(user, password);
		});
	}
}
