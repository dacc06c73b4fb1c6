package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Provider boundaries in headless Chromium: a clinician edits, previews and publishes; a patient reads and
 * acknowledges; staff record an acknowledgement made in clinic; the page fits a 360-px phone and prints on one A4
 * page. Changes only doctor2's boundaries and acknowledgements of doctor2, so that other features' tests keep the
 * demo state of doctor, patient and patient2.
 */
@ExtendWith(RunnerExtension.class)
class BoundariesPagesTest {

	private static final Path SCREENSHOTS = Paths.get("target", "screenshots");

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

	private String page(TargetServer server, String path) {
		return server.getBaseUrl() + "/moduleResources/boundaries/" + path;
	}

	private void waitForText(By locator, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(locator, text));
	}

	private void screenshot(String name) throws Exception {
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
	}

	/** Opens the portal page of a provider by following the providers list. */
	private void openBoundariesOf(TargetServer server, DemoAccount provider) {
		browser.driver.get(page(server, "portal/providers.html"));
		String name = provider.getGivenName() + " " + provider.getFamilyName();
		wait.until(ExpectedConditions.elementToBeClickable(By.linkText(name))).click();
		waitForText(By.cssSelector("h1.boundaries-name"), name);
	}

	@Test
	void clinicianEditsPreviewsAndPublishesTheirBoundaries(TargetServer server) throws Exception {
		browser.signIn(server, DemoAccount.DOCTOR2);
		browser.driver.get(page(server, "clinician/my-boundaries.html"));
		WebElement note = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-personalNote")));
		waitForText(By.id("history"), "1");

		new Select(browser.driver.findElement(By.id("f-channel-PORTAL"))).selectByValue("LIMITED");
		browser.driver.findElement(By.id("f-channel-PORTAL-note")).sendKeys("Repeat prescriptions only");
		note.clear();
		note.sendKeys("Back from leave in March.");
		browser.driver.findElement(By.id("preview-button")).click();

		waitForText(By.id("preview-body"), "Back from leave in March.");
		waitForText(By.cssSelector("#preview-body tr[data-channel='PORTAL']"), "Repeat prescriptions only");
		assertTrue(browser.driver.findElement(By.id("preview-body")).getText().contains("Call 999"),
		    "the preview shows what comes from the organisation default");
		screenshot("my-boundaries-preview");

		browser.driver.findElement(By.id("publish-button")).click();
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		waitForText(By.id("form-message"), "2");
		waitForText(By.cssSelector("#history tbody"), "2");
	}

	@Test
	void aClinicianSeesFieldErrorsNextToTheField(TargetServer server) {
		browser.signIn(server, DemoAccount.DOCTOR);
		browser.driver.get(page(server, "clinician/my-boundaries.html"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-channel-EMAIL")));
		new Select(browser.driver.findElement(By.id("f-channel-EMAIL"))).selectByValue("LIMITED");
		browser.driver.findElement(By.id("f-channel-EMAIL-note")).clear();
		browser.driver.findElement(By.id("save-button")).click();

		WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-channel-EMAIL-note-error")));
		assertTrue(!error.getText().isEmpty());
		assertEquals("true", browser.driver.findElement(By.id("f-channel-EMAIL-note")).getDomAttribute("aria-invalid"));
	}

	@Test
	void aPatientReadsAProvidersBoundariesAndAcknowledgesThem(TargetServer server) {
		browser.signIn(server, DemoAccount.PATIENT2);
		browser.driver.get(page(server, "portal/providers.html"));
		WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
		    By.xpath("//li[contains(@class,'provider')][.//a[text()='Rahul Mehta']]")));
		assertTrue(card.getText().contains("Please read"), card.getText());

		openBoundariesOf(server, DemoAccount.DOCTOR2);
		WebElement acknowledge = wait.until(ExpectedConditions.elementToBeClickable(By.id("acknowledge-button")));
		acknowledge.click();
		waitForText(By.id("acknowledgement-status"), "Thank you");

		browser.driver.navigate().refresh();
		waitForText(By.id("acknowledgement-status"), "You have read the current version");
		assertTrue(!browser.driver.findElement(By.id("acknowledge-button")).isDisplayed());
	}

	@Test
	void staffRecordThatAPatientReadTheirBoundariesInClinic(TargetServer server) throws Exception {
		String patientUuid = new HttpSession(server).signIn(DemoAccount.PATIENT).json().get("patientUuid").asText();
		browser.signIn(server, DemoAccount.DOCTOR2);
		browser.driver.get(page(server, "clinician/boundaries-acknowledgements.html?patient=" + patientUuid));
		waitForText(By.id("patient-name"), "Sam Carter");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("record-button"))).click();
		waitForText(By.id("acknowledgements"), "In clinic");
		waitForText(By.id("record-status"), "has acknowledged");
	}

	@Test
	void theBoundariesPageFitsAPhoneWithoutHorizontalScrolling(TargetServer server) throws Exception {
		browser.signIn(server, DemoAccount.PATIENT);
		browser.driver.manage().window().setSize(new Dimension(360, 740));
		openBoundariesOf(server, DemoAccount.DOCTOR);
		assertFitsTheWidth();
		screenshot("portal-boundaries-360");

		browser.driver.get(page(server, "portal/providers.html"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Amelia Hart")));
		assertFitsTheWidth();
	}

	@Test
	void theEditorFitsAPhoneWithoutHorizontalScrolling(TargetServer server) throws Exception {
		browser.signIn(server, DemoAccount.MANAGER);
		browser.driver.manage().window().setSize(new Dimension(360, 740));
		browser.driver.get(page(server, "admin/organisation-boundaries.html"));
		wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-personalNote")));
		assertFitsTheWidth();
		screenshot("organisation-boundaries-360");
	}

	@Test
	void theBoundariesPagePrintsOnOneA4Page(TargetServer server) throws Exception {
		browser.signIn(server, DemoAccount.PATIENT);
		openBoundariesOf(server, DemoAccount.DOCTOR);
		PrintOptions a4 = new PrintOptions();
		a4.setPageSize(new PageSize(29.7, 21.0));
		byte[] pdf = Base64.getDecoder().decode(browser.driver.print(a4).getContent());
		Files.createDirectories(SCREENSHOTS);
		Files.write(SCREENSHOTS.resolve("portal-boundaries-print.pdf"), pdf);
		assertTrue(new String(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF"));
		assertEquals(1, pageCount(pdf));
	}

	private void assertFitsTheWidth() {
		Object overflow = browser.driver.executeScript(
		    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertEquals(0L, ((Number) overflow).longValue(), "horizontal overflow in pixels");
	}

	private static int pageCount(byte[] pdf) {
		Matcher pages = Pattern.compile("/Type\\s*/Page[^s]").matcher(new String(pdf, StandardCharsets.ISO_8859_1));
		int count = 0;
		while (pages.find()) {
			count++;
		}
		return count;
	}
}
