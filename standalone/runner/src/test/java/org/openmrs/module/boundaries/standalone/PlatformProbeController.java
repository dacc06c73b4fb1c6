package org.openmrs.module.boundaries.standalone;

import java.util.Collections;
import java.util.Map;

import org.openmrs.User;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Test-only controller, picked up by the platform's component scan of {@code org.openmrs} like any module
 * controller: shows what the platform does around a controller, independently of the module's own.
 */
@RestController
public class PlatformProbeController {

	static final String FAIL_PATH = "/ws/rest/v1/standalone-probe/fail";

	static final String WHO_PATH = "/ws/rest/v1/standalone-probe/who";

	static final String MESSAGE = "probe: not allowed";

	@GetMapping("/rest/v1/standalone-probe/fail")
	public Map<String, Object> fail() {
		throw new APIAuthenticationException(MESSAGE);
	}

	@GetMapping("/rest/v1/standalone-probe/who")
	public Map<String, Object> who() {
		User user = Context.getAuthenticatedUser();
		return Collections.singletonMap("who", user == null ? "anonymous" : user.getUsername());
	}
}
