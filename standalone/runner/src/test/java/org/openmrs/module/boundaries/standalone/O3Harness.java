package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The O3 frontend as the end-to-end test meets it: a runner that also serves, under {@code /openmrs/spa/} as an O3
 * server does, the test-only O3 harness ({@code frontend/e2e}, built into {@code frontend/target/e2e-harness} by
 * {@code npm run build:e2e}) and the module's BUILT bundle ({@code frontend/dist}, {@code npm run build}) at
 * {@code /openmrs/spa/boundaries-app/}. The Maven build of {@code frontend} builds both before the runner's tests.
 * <p>
 * With {@code -Dboundaries.screenshots=docs/images} (a folder, relative to the repository) the tests also save the
 * README's screenshots there.
 */
final class O3Harness {

	static final String SPA = "/spa/";

	private static final Path REPOSITORY = Paths.get(System.getProperty("boundaries.repositoryDir", "../.."));

	private static final Path FRONTEND = REPOSITORY.resolve("frontend");

	private static final Path BUNDLE = FRONTEND.resolve("dist");

	private static final Path HARNESS = FRONTEND.resolve("target/e2e-harness");

	private O3Harness() {
	}

	/**
	 * A runner on H2 with the demo data serving the harness and the bundle; the calling test is skipped, with the
	 * reason, when they have not been built.
	 */
	static StandaloneRunner startRunner() throws Exception {
		Assumptions.assumeTrue(Files.isRegularFile(BUNDLE.resolve("routes.json"))
		        && Files.isRegularFile(HARNESS.resolve("index.html")), "O3 end-to-end test skipped: build the bundle "
		                + "and the harness first (cd frontend && npm run build && npm run build:e2e), or run the "
		                + "whole build (mvn -B -Pstandalone verify)");
		return new StandaloneRunner(new RunnerOptions().port(0).database(Database.H2).serveSpa("/spa", HARNESS)
		        .serveSpa("/spa/boundaries-app", BUNDLE)).start();
	}

	/**
	 * Opens an SPA page (e.g. {@code home}, {@code patient/<uuid>/chart}) and signs in on the host's login form,
	 * which signs the session in as O3 does: {@code GET /ws/rest/v1/session} with Basic credentials.
	 */
	static void signInAndOpen(Browser browser, String baseUrl, DemoAccount account, String page) {
		browser.signInOnForm(baseUrl + SPA + page, By.id("login-submit"), account);
	}

	/** The extensions the harness mounted into a slot (a {@code div[data-slot]}). */
	static By slot(String name) {
		return By.cssSelector("[data-slot='" + name + "']");
	}

	/** Saves a PNG of the element for the README, when asked with -Dboundaries.screenshots. */
	static void screenshot(TakesScreenshot what, String name) throws IOException {
		String folder = System.getProperty("boundaries.screenshots", "").trim();
		if (folder.isEmpty()) {
			return;
		}
		Path directory = REPOSITORY.resolve(folder);
		Files.createDirectories(directory);
		Files.write(directory.resolve(name + ".png"), what.getScreenshotAs(OutputType.BYTES));
	}

	/** The text of the element, once it contains the text looked for. */
	static String waitForText(WebDriverWait wait, By where, String text) {
		return wait.until(driver -> {
			WebElement element = driver.findElement(where);
			String shown = element.getText();
			return shown.contains(text) ? shown : null;
		});
	}
}
