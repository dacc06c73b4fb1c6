package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sign-in page in headless Chromium against the runner. Page contract: inputs #username, #password,
 * button #signin-submit, error area #signin-error (role=alert); a signed-in patient lands on
 * portal/index.html showing their name in #whoami, with a #signout button.
 */
@ExtendWith(RunnerExtension.class)
class SignInPageTest {

	private Browser browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = Browser.open();
		wait = browser.waitUpTo(Duration.ofSeconds(15));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void wrongPasswordShowsAnError(TargetServer server) {
		openSignIn(server);

		signIn(DemoAccount.PATIENT.getUsername(), "wrong-password");

		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("signin-error")));
		wait.until(driver -> !error.getText().trim().isEmpty());
		assertEquals("alert", error.getDomAttribute("role"));
		assertTrue(browser.driver.getCurrentUrl().contains("signin.html"), browser.driver.getCurrentUrl());
	}

	@Test
	void patientSignsInSeesTheirNameAndSignsOut(TargetServer server) {
		DemoAccount patient = DemoAccount.PATIENT;
		openSignIn(server);

		signIn(patient.getUsername(), patient.getPassword());

		wait.until(ExpectedConditions.urlContains("portal/index.html"));
		WebElement whoami = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("whoami")));
		wait.until(driver -> !whoami.getText().trim().isEmpty());
		String shown = whoami.getText().toLowerCase(Locale.ROOT);
		assertTrue(shown.contains(patient.getGivenName().toLowerCase(Locale.ROOT))
		        || shown.contains(patient.getUsername()),
		    "#whoami shows the signed-in patient: " + whoami.getText());

		browser.driver.findElement(By.id("signout")).click();

		wait.until(ExpectedConditions.urlContains("signin.html"));
		browser.driver.get(server.getBaseUrl() + "/ws/rest/v1/boundaries/session");
		assertFalse(browser.driver.getPageSource().contains("\"authenticated\":true"),
		    "signed out: " + browser.driver.getPageSource());
	}

	private void openSignIn(TargetServer server) {
		browser.driver.get(server.getBaseUrl() + "/moduleResources/boundaries/signin.html");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("signin-submit")));
	}

	private void signIn(String username, String password) {
		WebElement user = browser.driver.findElement(By.id("username"));
		user.clear();
		user.sendKeys(username);
		WebElement pass = browser.driver.findElement(By.id("password"));
		pass.clear();
		pass.sendKeys(password);
		browser.driver.findElement(By.id("signin-submit")).click();
	}
}
