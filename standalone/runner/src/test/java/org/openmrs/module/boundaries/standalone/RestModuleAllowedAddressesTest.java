package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.GlobalProperty;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.context.Context;

/**
 * As the REST module, the runner reads the addresses allowed to use {@code /ws/rest/*} on every request (a transaction
 * of its own, which a real server's requests pay too) and refuses the others.
 */
@NeedsEmbeddedRunner("sets a global property in the test's JVM")
@ExtendWith(RunnerExtension.class)
class RestModuleAllowedAddressesTest {

	private static final String SESSION = "/ws/rest/v1/boundaries/session";

	@AfterEach
	void allowEveryAddress() throws Exception {
		allow("");
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
			AdministrationService administration = Context.getAdministrationService();
			GlobalProperty property = administration.getGlobalPropertyObject(RestModuleBasicAuthFilter.ALLOWED_IPS);
			if (property == null) {
				property = new GlobalProperty(RestModuleBasicAuthFilter.ALLOWED_IPS, addresses);
			}
			property.setPropertyValue(addresses);
			return administration.saveGlobalProperty(property);
		});
	}
}
