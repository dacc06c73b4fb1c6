package org.openmrs.module.boundaries.standalone;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Debian Chromium driven by Debian's chromedriver, with a profile of its own. */
final class Browser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	final ChromeDriver driver;

	private final Path profile;

	private Browser(ChromeDriver driver, Path profile) {
		this.driver = driver;
		this.profile = profile;
	}

	/** Skips the calling test, with the reason, where Chromium is not installed (.ci/run installs it). */
	static Browser open() throws IOException {
		Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
		    "Chromium test skipped: install chromium and chromium-driver (apt-get install -y chromium chromium-driver)");
		Path profile = Files.createTempDirectory("boundaries-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
		    "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
		    "--disable-sync", "--window-size=1280,900", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
		        .usingAnyFreePort().build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new Browser(driver, profile);
	}

	/**
	 * A wait that also outlasts a list being re-rendered under it: an element found a moment before the page
	 * replaced it is looked for again rather than failing the test.
	 */
	WebDriverWait waitUpTo(Duration timeout) {
		WebDriverWait wait = new WebDriverWait(driver, timeout);
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/** Signs in through the module's sign-in page and waits until it has moved on. */
	void signIn(TargetServer server, DemoAccount account) {
		signInOnForm(server.getBaseUrl() + "/moduleResources/boundaries/signin.html", By.id("signin-submit"), account);
	}

	/**
	 * Opens the page, fills its sign-in form ({@code #username}, {@code #password}) and waits until the form's submit
	 * button has gone: the page moved on, signed in.
	 */
	void signInOnForm(String url, By submit, DemoAccount account) {
		driver.get(url);
		WebDriverWait wait = waitUpTo(Duration.ofSeconds(30));
		wait.until(ExpectedConditions.elementToBeClickable(submit));
		driver.findElement(By.id("username")).sendKeys(account.getUsername());
		driver.findElement(By.id("password")).sendKeys(account.getPassword());
		driver.findElement(submit).click();
		// while the page is replaced, ChromeDriver can answer for the old document's button with an inspector error
		wait.ignoring(WebDriverException.class).until(ExpectedConditions.invisibilityOfElementLocated(submit));
	}

	@Override
	public void close() {
		try {
			driver.quit();
		}
		finally {
			try (Stream<Path> paths = Files.walk(profile)) {
				paths.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
			}
			catch (IOException ignored) {
				// a temporary folder left behind is no failure
			}
		}
	}
}
