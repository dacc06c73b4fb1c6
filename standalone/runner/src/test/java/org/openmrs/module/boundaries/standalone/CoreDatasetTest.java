package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.context.Context;

/**
 * What the platform creates at start-up, before modules start, is there on the stand-in too: OpenMRS 2.8.9 creates its
 * mail settings with values that look configured on every server, so a module cannot take them as a sign that mail
 * works.
 */
@NeedsEmbeddedRunner("reads the platform's global properties in the test's JVM")
@ExtendWith(RunnerExtension.class)
class CoreDatasetTest {

	@Test
	void mailSettingsHaveThePlatformsDefaultsAfterStart(StandaloneRunner runner) throws Exception {
		assertEquals("localhost", globalProperty("mail.smtp_host"));
		assertEquals("info@openmrs.org", globalProperty("mail.from"));
	}

	@Test
	void globalPropertiesAreReadByNameAsOnADatabaseComparingStringsInAnyCase(StandaloneRunner runner) throws Exception {
		assertEquals("false", globalProperty("search.caseSensitiveDatabaseStringComparison"));
	}

	private static String globalProperty(String name) throws Exception {
		return Platform.asAdmin(() -> {
			AdministrationService administration = Context.getAdministrationService();
			return administration.getGlobalProperty(name);
		});
	}
}
