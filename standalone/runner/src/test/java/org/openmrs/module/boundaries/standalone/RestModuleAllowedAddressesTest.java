package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.GlobalProperty;
import org.openmrs.api.context.Context;

/**
 * As the REST module, the runner reads the addresses allowed to use {@code /ws/rest/*} on every request (a transaction
 * of its own, which a real server's requests pay too) and refuses the others. The property exists from the start, as
 * the REST module's start creates it: a missing one would cost a database read on every request.
 */
@NeedsEmbeddedRunner("sets a global property in the test's JVM")
@ExtendWith(RunnerExtension.class)
class RestModuleAllowedAddressesTest {

	private static final String SESSION = "/ws/rest/v1/boundaries/session";

	@AfterEach
	void allowEveryAddress() throws Exception {
		allow(null);
	}

	@Test
	void thePropertyExistsWithoutAValueAfterStart(StandaloneRunner runner) throws Exception {
		assertNull(Platform.asAdmin(() -> property().getPropertyValue()));
	}

	@Test
	void anAddressNotAllowedIsRefused(TargetServer server) throws Exception {
		allow("10.1.2.3");

		assertEquals(403, new HttpSession(server).get(SESSION).status());
	}

	@Test
	void anAllowedAddressIsServed(TargetServer server) throws Exception {
		allow("10.1.2.3, 127.0.0.1");

		assertEquals(200, new HttpSession(server).get(SESSION).status());
	}

	private static void allow(String addresses) throws Exception {
		Platform.asAdmin(() -> {
			GlobalProperty property = property();
			property.setPropertyValue(addresses);
			return Context.getAdministrationService().saveGlobalProperty(property);
		});
	}

	private static GlobalProperty property() {
		GlobalProperty property = Context.getAdministrationService()
		        .getGlobalPropertyObject(RestModuleBasicAuthFilter.ALLOWED_IPS);
		assertNotNull(property, "the REST module's start creates it");
		return property;
	}
}
