package org.openmrs.module.boundaries.web;

import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Test only: an endpoint with the mapping conditions the module's controllers use (consumes, params). */
@RestController
@SignInNotRequired
public class FallbackProbeController {

	static final String PATH = "/rest/v1/boundaries/fallback-probe";

	@GetMapping(path = PATH, params = "format=csv")
	public String csv() {
		return "csv";
	}

	@PostMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
	public Map<String, Object> create(@RequestBody Map<String, Object> body) {
		return body;
	}
}
