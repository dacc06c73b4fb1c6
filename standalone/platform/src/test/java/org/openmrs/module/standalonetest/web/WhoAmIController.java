package org.openmrs.module.standalonetest.web;

import org.openmrs.module.standalonetest.NoteService;
import org.openmrs.api.context.Context;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A module-style controller, found by component scanning.
 */
@RestController
public class WhoAmIController {

	@GetMapping("/rest/v1/standalonetest/whoami")
	public String whoAmI() {
		return Context.getService(NoteService.class).whoAmI();
	}
}
