package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

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
 * The clinician's contact & gift log page in headless Chromium, on the demo data: the doctor finds Sam Carter's log,
 * adds a contact, sees it listed, voids it with a reason, sees it struck through among the voided entries and finds
 * it in the CSV export; the gift form warns at the declaration threshold; a patient is refused the page.
 */
@ExtendWith(RunnerExtension.class)
class ContactLogPageTest {

	private static final String PAGES = "/moduleResources/boundaries/";

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
	void doctorAddsAContactSeesItVoidsItAndExportsTheLog(TargetServer server) {
		signIn(server, DemoAccount.DOCTOR);
		openSamCartersLog(server);
		wait.until(driver -> driver.findElements(By.cssSelector("#contact-list > li")).size() >= 4);

		String summary = "Chromium check: rang to move his asthma review";
		browser.driver.findElement(By.id("add-contact")).click();
		new Select(browser.driver.findElement(By.id("c-direction"))).selectByValue("INBOUND");
		new Select(browser.driver.findElement(By.id("c-channel"))).selectByValue("CLINIC_PHONE");
		new Select(browser.driver.findElement(By.id("c-category"))).selectByValue("ROUTINE");
		browser.driver.findElement(By.id("c-summary")).sendKeys(summary);
		browser.driver.findElement(By.cssSelector("#contact-form button[type=submit]")).click();

		String newest = wait.until(driver -> {
			String first = driver.findElement(By.cssSelector("#contact-list > li")).getText();
			return first.contains(summary) ? first : null;
		});
		assertTrue(newest.contains("Amelia Hart"), newest);

		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#contact-list > li .entry-actions button.danger")))
		        .click();
		WebElement reason = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".void-form textarea")));
		reason.sendKeys("Entered on the wrong chart");
		browser.driver.findElement(By.cssSelector(".void-form button[type=submit]")).click();
		wait.until(driver -> !driver.findElement(By.id("contact-list")).getText().contains(summary));

		browser.driver.findElement(By.id("show-voided")).click();
		WebElement voided = wait.until(driver -> driver.findElements(By.cssSelector("#contact-list > li.voided-entry"))
		        .stream().filter(item -> item.getText().contains(summary)).findFirst().orElse(null));
		assertTrue(voided.getText().contains("Entered on the wrong chart"), voided.getText());
		assertTrue(voided.findElement(By.cssSelector(".entry-body")).getCssValue("text-decoration").contains("line-through"));

		String csv = (String) browser.driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
		        + "fetch(document.getElementById('export-contacts').href, { credentials: 'same-origin' })"
		        + ".then(r => r.text()).then(done, e => done('failed: ' + e));");
		assertTrue(csv.contains(summary) && csv.contains("Entered on the wrong chart"), csv);
		assertTrue(csv.contains("Friend request from the patient"), csv);
	}

	@Test
	void theGiftFormWarnsAtTheDeclarationThreshold(TargetServer server) {
		signIn(server, DemoAccount.DOCTOR);
		openSamCartersLog(server);
		wait.until(ExpectedConditions.elementToBeClickable(By.id("add-gift"))).click();
		browser.driver.findElement(By.id("g-estimatedValue")).sendKeys("150");
		WebElement warnings = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("gift-warnings")));
		wait.until(driver -> warnings.getText().contains("100"));
		new Select(browser.driver.findElement(By.id("g-kind"))).selectByValue("CASH_OR_VOUCHER");
		wait.until(driver -> warnings.getText().contains("cash"));
	}

	@Test
	void aPatientIsRefusedThePage(TargetServer server) {
		signIn(server, DemoAccount.PATIENT);
		browser.driver.get(server.getBaseUrl() + PAGES + "clinician/contact-log.html?patient=anything");
		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("page-error")));
		wait.until(driver -> !error.getText().trim().isEmpty());
		assertFalse(browser.driver.findElement(By.id("log")).isDisplayed());
	}

	private void signIn(TargetServer server, DemoAccount account) {
		browser.driver.get(server.getBaseUrl() + PAGES + "signin.html");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("signin-submit")));
		browser.driver.findElement(By.id("username")).sendKeys(account.getUsername());
		browser.driver.findElement(By.id("password")).sendKeys(account.getPassword());
		browser.driver.findElement(By.id("signin-submit")).click();
		wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("signin.html")));
	}

	/** From the clinician's home page: the log link, a search by name, the result. */
	private void openSamCartersLog(TargetServer server) {
		browser.driver.get(server.getBaseUrl() + PAGES + "clinician/index.html");
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("nav a[href='contact-log.html']"))).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("search-q"))).sendKeys("Carter");
		browser.driver.findElement(By.cssSelector("#search-form button[type=submit]")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#search-results a"))).click();
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("log")));
		wait.until(driver -> driver.findElement(By.id("patient-name")).getText().contains("Carter"));
	}
}
