package org.openmrs.module.boundaries.web.contactlog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.Json;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Finding the people the log refers to, for those allowed to read it: patients (to open a chart's log) and providers
 * (for the forms' pickers). Answers {@code {uuid, display, identifier}} only.
 */
@RestController
@RequestMapping("/rest/v1/boundaries")
public class PeopleController {

	private static final int MAX_QUERY_LENGTH = 100;

	@GetMapping("/patient")
	public Map<String, Object> patients(@RequestParam String q, @RequestParam(required = false) Integer limit) {
		List<Map<String, Object>> results = References.service().searchPatients(query(q), size(limit)).stream()
		        .map(Representations::patient).collect(Collectors.toList());
		return Json.results(results, null);
	}

	@GetMapping("/patient/{uuid}")
	public Map<String, Object> patient(@PathVariable String uuid) {
		return Representations.patient(References.found("patient", uuid, References.service().findPatient(uuid)));
	}

	@GetMapping("/contact/providers")
	public Map<String, Object> providers(@RequestParam(defaultValue = "") String q,
	        @RequestParam(required = false) Integer limit) {
		List<Map<String, Object>> results = References.service().searchProviders(q.trim(), size(limit)).stream()
		        .map(Representations::provider).collect(Collectors.toList());
		return Json.results(results, null);
	}

	private static String query(String q) {
		String query = StringUtils.trimToEmpty(q);
		if (query.isEmpty() || query.length() > MAX_QUERY_LENGTH) {
			throw new InvalidRequestException("q", ApiErrors.message("boundaries.contactlog.error.query", MAX_QUERY_LENGTH));
		}
		return query;
	}

	private static int size(Integer limit) {
		return Paging.of(0, limit).getLimit();
	}
}
