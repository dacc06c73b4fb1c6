package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.openmrs.module.boundaries.standalone.O3Harness.screenshot;
import static org.openmrs.module.boundaries.standalone.O3Harness.slot;
import static org.openmrs.module.boundaries.standalone.O3Harness.waitForText;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The O3 frontend end to end, in headless Chromium: the module's BUILT bundle loaded by the O3 harness (see
 * {@link O3Harness}) into a patient chart and a home page, signed in through the host's login, on the runner's demo
 * data. The doctor (Amelia Hart) opens Sam Carter's chart: the Boundaries card, its link to the dashboard, the banner
 * tag; logs a contact and a gift from the chart's workspace; answers Sam from the chart's workspace and from the home
 * page's inbox; opens My boundaries from the app menu; the chart and the inbox read French and Spanish; and the
 * dashboard fits a 360 px screen.
 */
@NeedsEmbeddedRunner("serves the O3 harness and the built bundle under /openmrs/spa")
@Tag("isolated")
class O3FrontendTest {

	private static final String DASHBOARD_SLOT = "patient-chart-boundaries-dashboard-slot";

	private static final String SUMMARY_SLOT = "patient-chart-summary-dashboard-slot";

	private static StandaloneRunner runner;

	private static String samCarter;

	private Browser browser;

	private WebDriverWait wait;

	@BeforeAll
	static void startRunner() throws Exception {
		runner = O3Harness.startRunner();
		HttpSession http = new HttpSession(TargetServer.of(runner));
		http.signInThroughHost(DemoAccount.DOCTOR);
		samCarter = http.get("/ws/rest/v1/boundaries/patient?q=Carter").json().path("results").path(0).path("uuid")
		        .asText();
	}

	@AfterAll
	static void stopRunner() {
		if (runner != null) {
			runner.stop();
		}
	}

	@BeforeEach
	void openBrowser() throws Exception {
		browser = Browser.open();
		wait = browser.waitUpTo(Duration.ofSeconds(30));
	}

	/** Each test's last screen in target/o3-frontend-test/, to see what a failing test saw. */
	@AfterEach
	void closeBrowser(TestInfo test) throws Exception {
		if (browser != null) {
			try {
				Path shots = Paths.get("target", "o3-frontend-test");
				Files.createDirectories(shots);
				String method = test.getTestMethod().map(Method::getName).orElse("test");
				String name = test.getDisplayName().startsWith(method) ? method : method + "-" + test.getDisplayName();
				Files.write(shots.resolve(name + ".png"), browser.driver.getScreenshotAs(OutputType.BYTES));
			}
			finally {
				browser.close();
			}
		}
	}

	@Test
	void theChartShowsTheBoundariesCardAndTagAndTheCardLeadsToTheDashboard() throws Exception {
		signInAndOpen(DemoAccount.DOCTOR, "patient/" + samCarter + "/chart");

		String card = waitForText(wait, slot(SUMMARY_SLOT), "Open concerns");
		assertTrue(card.matches("(?s).*Open concerns: [1-9].*"), card);
		assertTrue(card.contains("Friend request from the patient"), card);
		waitForText(wait, slot("patient-banner-tags-slot"), "Boundary concern");
		screenshot(browser.driver.findElement(By.cssSelector(".harness-chart-main")), "o3-summary-card");

		clickButton(slot(SUMMARY_SLOT), "See the whole log");

		wait.until(ExpectedConditions.urlToBe(runner.getBaseUrl() + O3Harness.SPA + "patient/" + samCarter
		        + "/chart/boundaries"));
		waitForText(wait, slot(DASHBOARD_SLOT), "Friend request from the patient");
	}

	@Test
	void aContactLoggedFromTheWorkspaceFormAppearsOnTheDashboard() throws Exception {
		openDashboard();
		String summary = "End-to-end: rang to ask for his inhaler review";

		WebElement form = openWorkspaceForm("Add a contact");
		choose(form, "direction", "INBOUND");
		choose(form, "channel", "CLINIC_PHONE");
		choose(form, "category", "ROUTINE");
		form.findElement(By.id("summary")).sendKeys(summary);
		form.findElement(By.cssSelector("label[for=involvedMe]")).click();
		form.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".harness-workspace-window")));
		waitForText(wait, slot(DASHBOARD_SLOT), summary);
		screenshot(browser.driver, "o3-chart-dashboard");
		browser.driver.navigate().refresh();
		waitForText(wait, slot(DASHBOARD_SLOT), summary);
	}

	@Test
	void aGiftRecordedFromTheWorkspaceFormIsAssessedAgainstTheThresholdAsItIsTyped() throws Exception {
		openDashboard();
		String description = "End-to-end: theatre tickets";

		WebElement form = openWorkspaceForm("Record a gift");
		form.findElement(By.id("description")).sendKeys(description);
		choose(form, "kind", "HOSPITALITY");
		form.findElement(By.id("estimatedValue")).sendKeys("150");
		String warnings = waitForText(wait, By.cssSelector(".harness-workspace-window [role=status]"), "gift register");
		assertTrue(warnings.contains("This gift is worth 100"), warnings);
		form.findElement(By.id("recipientProvider")).sendKeys("Hart");
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[@role='option'][contains(., 'Amelia Hart')]")))
		        .click();
		choose(form, "donor", "PATIENT");
		choose(form, "decision", "DECLINED");
		// the README's picture: the form's top, its warnings in view
		browser.driver.executeScript("arguments[0].scrollTop = 0;", form);
		screenshot(browser.driver, "o3-gift-form");
		form.findElement(By.cssSelector("button[type=submit]")).click();

		wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".harness-workspace-window")));
		clickTab("Gifts");
		waitForText(wait, slot(DASHBOARD_SLOT), description);
	}

	@Test
	void theHomePageInboxOpensAPatientsThreadAndTheReplyIsSent() throws Exception {
		signInAndOpen(DemoAccount.DOCTOR, "home");
		String reply = "End-to-end: please stop the cream and come in today.";

		String inbox = waitForText(wait, slot("homepage-widgets-slot"), "Rash after starting a new cream");
		assertTrue(inbox.contains("Portal inbox") && inbox.contains("Overdue (1)"), inbox);
		screenshot(browser.driver, "o3-home-inbox");
		clickButton(slot("homepage-widgets-slot"), "Open");
		WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("reply")));
		box.sendKeys(reply);
		clickButton(slot("homepage-widgets-slot"), "Send");

		waitForText(wait, By.cssSelector("[data-slot='homepage-widgets-slot'] ol"), reply);
		browser.driver.navigate().refresh();
		clickButton(slot("homepage-widgets-slot"), "Awaiting reply");
		String afterwards = waitForText(wait, slot("homepage-widgets-slot"), "Overdue (0)");
		assertFalse(afterwards.contains("Rash after starting a new cream"), afterwards);
	}

	@Test
	void aPatientsThreadOpenedFromTheChartIsAnsweredInTheWorkspace() {
		openDashboard();
		String reply = "End-to-end: yes, collect it from the pharmacy.";

		clickTab("Portal messages");
		WebElement thread = wait.until(driver -> driver.findElement(slot(DASHBOARD_SLOT)).findElements(By.tagName("li"))
		        .stream().filter(row -> row.getText().contains("Repeat prescription")).findFirst().orElse(null));
		thread.findElement(By.tagName("button")).click();
		waitForText(wait, By.cssSelector(".harness-workspace-window"), "Could I have my usual inhaler prescription");
		wait.until(ExpectedConditions.elementToBeClickable(By.id("reply"))).sendKeys(reply);
		clickButton(By.cssSelector(".harness-workspace-window"), "Send");

		waitForText(wait, By.cssSelector(".harness-workspace-window ol"), reply);
	}

	@Test
	void theAppMenuLinkOpensTheMyBoundariesPage() {
		signInAndOpen(DemoAccount.DOCTOR, "home");

		wait.until(driver -> driver.findElement(slot("app-menu-slot")).findElements(By.linkText("Boundaries")).stream()
		        .findFirst().orElse(null)).click();

		wait.until(ExpectedConditions.urlToBe(runner.getBaseUrl() + O3Harness.SPA + "boundaries"));
		waitForText(wait, By.cssSelector("[data-component=root]"), "My boundaries");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource({ "fr, Limites professionnelles, Ajouter un contact, Enregistrer un cadeau, Enregistrer, Boîte de réception du portail",
	        "es, Límites profesionales, Añadir un contacto, Registrar un regalo, Guardar, Bandeja de entrada del portal" })
	void theChartAndTheInboxReadTheReadersLanguage(String language, String boundaries, String addContact, String addGift,
	        String save, String inbox) throws Exception {
		signInAndOpen(DemoAccount.DOCTOR, "patient/" + samCarter + "/chart/boundaries?lang=" + language);

		String dashboard = waitForText(wait, slot(DASHBOARD_SLOT), addGift);
		assertTrue(dashboard.contains(boundaries) && dashboard.contains(addContact), dashboard);
		assertFalse(dashboard.contains("Add a contact") || dashboard.contains("Record a gift"), dashboard);
		waitForText(wait, slot("patient-chart-dashboard-slot"), boundaries);
		WebElement form = openWorkspaceForm(addContact);
		assertTrue(form.findElement(By.cssSelector("button[type=submit]")).getText().contains(save), form.getText());

		browser.driver.findElement(By.cssSelector(".harness-topbar > a")).click();
		waitForText(wait, slot("homepage-widgets-slot"), inbox);
	}

	@Test
	void theDashboardFitsA360PixelWideScreen() {
		browser.driver.manage().window().setSize(new Dimension(360, 800));
		openDashboard();

		JavascriptExecutor page = browser.driver;
		long viewport = (Long) page.executeScript("return document.documentElement.clientWidth;");
		long content = (Long) page.executeScript("return document.documentElement.scrollWidth;");
		assertTrue(viewport <= 360, "viewport " + viewport);
		assertEquals(viewport, content, "the page scrolls sideways");
		Number right = (Number) page.executeScript("return arguments[0].getBoundingClientRect().right;",
		    browser.driver.findElement(slot(DASHBOARD_SLOT)));
		assertTrue(right.doubleValue() <= viewport, "the dashboard ends at " + right + " px");
	}

	private void signInAndOpen(DemoAccount account, String page) {
		O3Harness.signInAndOpen(browser, runner.getBaseUrl(), account, page);
	}

	/** The doctor on Sam Carter's Boundaries dashboard, its contacts listed. */
	private void openDashboard() {
		signInAndOpen(DemoAccount.DOCTOR, "patient/" + samCarter + "/chart/boundaries");
		waitForText(wait, slot(DASHBOARD_SLOT), "Friend request from the patient");
	}

	/** Clicks the dashboard's button of that name and answers the workspace window, once it shows its form. */
	private WebElement openWorkspaceForm(String title) {
		clickButton(slot(DASHBOARD_SLOT), title);
		By window = By.cssSelector(".harness-workspace-window");
		waitForText(wait, window, title);
		wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".harness-workspace-window button[type=submit]")));
		return browser.driver.findElement(window);
	}

	/** Clicks the button labelled so, or else the one labelled so with a count, e.g. "Overdue (1)". */
	private void clickButton(By within, String text) {
		wait.until(driver -> {
			List<WebElement> buttons = driver.findElement(within).findElements(By.tagName("button"));
			Optional<WebElement> exact = buttons.stream().filter(button -> button.getText().trim().equals(text)).findFirst();
			return exact.or(() -> buttons.stream().filter(button -> button.getText().trim().startsWith(text + " ("))
			        .findFirst()).filter(WebElement::isEnabled).orElse(null);
		}).click();
	}

	private static void choose(WebElement form, String select, String value) {
		new Select(form.findElement(By.id(select))).selectByValue(value);
	}

	private void clickTab(String text) {
		wait.until(driver -> driver.findElements(By.cssSelector("[role=tab]")).stream()
		        .filter(tab -> tab.getText().trim().equals(text)).findFirst().orElse(null)).click();
	}
}
