package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The messaging pages in headless Chromium against the runner and its demo data: a patient acknowledges a provider's
 * boundaries, writes, and sees the automatic reply; hostile bodies show as typed and stay inert; a clinician works the
 * inbox, replies, and flags a message, which then shows on the patient's contact log.
 */
@ExtendWith(RunnerExtension.class)
class MessagingPagesTest {

	private static final String HOSTILE = "<img src=x onerror=\"window.pwned=1\"><script>window.pwned=1</script> "
	        + "Pneumonoultramicroscopicsilicovolcanoconiosis".replace("o", "oooooooooo") + " 😀 مرحبا بالطبيب";

	private Browser browser;

	private WebDriverWait wait;

	@BeforeEach
	void openBrowser() throws Exception {
		browser = Browser.open();
		wait = browser.waitUpTo(Duration.ofSeconds(20));
	}

	@AfterEach
	void closeBrowser() {
		if (browser != null) {
			browser.close();
		}
	}

	@Test
	void aPatientAcknowledgesWritesAndSeesTheAutomaticReplyWithTheirTextInert(TargetServer server) {
		signIn(server, DemoAccount.PATIENT, "portal/compose.html");
		WebElement provider = wait.until(ExpectedConditions.elementToBeClickable(By.id("provider")));
		wait.until(driver -> new Select(provider).getOptions().size() > 1);
		new Select(provider).selectByVisibleText(DemoAccount.DOCTOR2.getGivenName() + " "
		        + DemoAccount.DOCTOR2.getFamilyName());

		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("terms")));
		if (browser.driver.findElement(By.id("acknowledge")).isDisplayed()) {
			browser.driver.findElement(By.id("acknowledge-button")).click();
		}
		WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("compose-form")));
		new Select(form.findElement(By.id("category"))).selectByValue("CLINICAL_QUESTION");
		form.findElement(By.id("subject")).sendKeys("A question about my inhaler");
		form.findElement(By.id("body")).sendKeys(HOSTILE);
		assertTrue(browser.driver.findElement(By.id("counter")).getText().matches(".*\\d+.*"));
		form.findElement(By.id("send")).click();

		wait.until(ExpectedConditions.urlContains("portal/thread.html"));
		wait.until(driver -> driver.findElements(By.cssSelector("#messages .message")).size() == 2);
		List<WebElement> messages = browser.driver.findElements(By.cssSelector("#messages .message"));
		assertEquals(HOSTILE, messages.get(0).findElement(By.cssSelector(".message-body")).getText());
		assertTrue(messages.get(0).findElements(By.tagName("img")).isEmpty(), "the body's markup is not markup");
		assertEquals(null, browser.driver.executeScript("return window.pwned === undefined ? null : window.pwned"));
		assertTrue(messages.get(1).getAttribute("class").contains("automatic"));
		assertTrue(messages.get(1).getText().contains(DemoAccount.DOCTOR2.getGivenName()), messages.get(1).getText());
		Long overflow = (Long) browser.driver.executeScript(
		    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertTrue(overflow <= 0, "a very long word wraps instead of widening the page");
	}

	@Test
	void aClinicianRepliesFromTheInboxAndFlagsAMessageThatThenShowsOnTheChart(TargetServer server) {
		signIn(server, DemoAccount.DOCTOR, "clinician/inbox.html?filter=overdue");
		WebElement overdue = wait.until(ExpectedConditions.elementToBeClickable(
		    By.xpath("//ul[@id='threads']//a[contains(., 'Rash after starting a new cream')]")));
		assertTrue(browser.driver.findElement(By.cssSelector("#filters button[aria-pressed='true']")).getText()
		        .matches(".*\\(\\d+\\)"));
		overdue.click();

		wait.until(ExpectedConditions.urlContains("clinician/thread.html"));
		WebElement reply = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("reply-body")));
		reply.sendKeys("Please stop the cream; I will see you tomorrow.");
		browser.driver.findElement(By.id("reply-send")).click();
		wait.until(driver -> driver.findElements(By.cssSelector("#messages .message.staff")).size() == 1);

		browser.driver.findElement(By.cssSelector("#messages .message.patient .message-foot button")).click();
		WebElement flag = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("flag-form")));
		new Select(flag.findElement(By.id("flag-kind"))).selectByValue("PERSONAL_RELATIONSHIP");
		new Select(flag.findElement(By.id("flag-severity"))).selectByValue("MEDIUM");
		flag.findElement(By.id("flag-summary")).sendKeys("Asked to meet outside the clinic");
		flag.findElement(By.cssSelector("button[type='submit']")).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status .badge.concern")));

		String patientUuid = (String) browser.driver.executeScript(
		    "return new URL(document.getElementById('patient-threads').href).searchParams.get('patient');");
		browser.driver.get(server.getBaseUrl() + "/moduleResources/boundaries/clinician/contact-log.html?patient="
		        + patientUuid);
		wait.until(driver -> driver.findElement(By.tagName("main")).getText()
		        .contains("Asked to meet outside the clinic"));
	}

	private void signIn(TargetServer server, DemoAccount account, String page) {
		browser.driver.get(server.getBaseUrl() + "/moduleResources/boundaries/signin.html?next="
		        + "/openmrs/moduleResources/boundaries/" + page.replace("?", "%3F").replace("=", "%3D"));
		wait.until(ExpectedConditions.elementToBeClickable(By.id("signin-submit")));
		browser.driver.findElement(By.id("username")).sendKeys(account.getUsername());
		browser.driver.findElement(By.id("password")).sendKeys(account.getPassword());
		browser.driver.findElement(By.id("signin-submit")).click();
		wait.until(ExpectedConditions.urlContains(page.split("\\?")[0]));
	}
}
