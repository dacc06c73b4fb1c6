package org.openmrs.module.boundaries.web.messaging;

import java.util.Date;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.messaging.Coverage;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.Json;
import org.openmrs.module.boundaries.web.People;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A provider's covering colleague while they are away: create, list, end. */
@RestController
@RequestMapping("/rest/v1/boundaries/coverage")
public class CoverageController {

	@GetMapping
	public Map<String, Object> list(@RequestParam(required = false) String provider,
	        @RequestParam(defaultValue = "false") boolean includeEnded, @RequestParam(required = false) Integer startIndex,
	        @RequestParam(required = false) Integer limit, HttpServletRequest request) {
		ThreadController.requireStaff();
		Paging paging = Paging.of(startIndex, limit);
		Provider who = providerOrSelf(provider);
		Date now = new Date();
		return Json.page(ThreadController.service().getCoverages(who, includeEnded, paging)
		        .map(coverage -> MessagingJson.coverage(coverage, now)), request);
	}

	@GetMapping("/{uuid}")
	public Map<String, Object> get(@PathVariable String uuid) {
		return MessagingJson.coverage(ThreadController.service().getCoverageByUuid(uuid), new Date());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> create(@RequestBody CoverageRequest body) {
		ThreadController.requireStaff();
		Coverage coverage = new Coverage();
		coverage.setProvider(providerOrSelf(body.getProvider()));
		coverage.setCoveringProvider(People.provider(body.getCoveringProvider(), "coveringProvider"));
		coverage.setStartDate(body.getStartDate() != null ? body.getStartDate() : new Date());
		coverage.setEndDate(body.getEndDate());
		coverage.setNote(body.getNote());
		Coverage saved = ThreadController.service().saveCoverage(coverage);
		return ResponseEntity.status(HttpStatus.CREATED).body(MessagingJson.coverage(saved, new Date()));
	}

	@PostMapping("/{uuid}/end")
	public Map<String, Object> end(@PathVariable String uuid) {
		Coverage coverage = ThreadController.service().getCoverageByUuid(uuid);
		return MessagingJson.coverage(ThreadController.service().endCoverage(coverage), new Date());
	}

	/** The provider a request names, or the signed-in clinician's own provider record. */
	static Provider providerOrSelf(String uuid) {
		if (uuid != null) {
			return People.provider(uuid, "provider");
		}
		return CurrentUser.provider().orElseThrow(
		    () -> new InvalidRequestException("provider", ApiErrors.message("boundaries.messaging.error.noProvider")));
	}
}
