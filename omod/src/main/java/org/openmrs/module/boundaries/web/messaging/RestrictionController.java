package org.openmrs.module.boundaries.web.messaging;

import java.util.Date;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.messaging.MessagingRestriction;
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

/**
 * Restrictions on a patient messaging a provider personally: create (logged to the contact log), list, end. Without a
 * {@code patient} or {@code provider} the list is the signed-in clinician's.
 */
@RestController
@RequestMapping("/rest/v1/boundaries/restriction")
public class RestrictionController {

	@GetMapping
	public Map<String, Object> list(@RequestParam(required = false) String patient,
	        @RequestParam(required = false) String provider, @RequestParam(defaultValue = "false") boolean includeEnded,
	        @RequestParam(required = false) Integer startIndex, @RequestParam(required = false) Integer limit,
	        HttpServletRequest request) {
		ThreadController.requireStaff();
		Paging paging = Paging.of(startIndex, limit);
		Patient who = People.optionalPatient(patient, "patient");
		Provider by = who != null && provider == null ? null : CoverageController.providerOrSelf(provider);
		Date now = new Date();
		return Json.page(ThreadController.service().getMessagingRestrictions(who, by, includeEnded, paging)
		        .map(restriction -> MessagingJson.restriction(restriction, now)), request);
	}

	@GetMapping("/{uuid}")
	public Map<String, Object> get(@PathVariable String uuid) {
		return MessagingJson.restriction(ThreadController.service().getMessagingRestrictionByUuid(uuid), new Date());
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> create(@RequestBody RestrictionRequest body) {
		ThreadController.requireStaff();
		MessagingRestriction restriction = new MessagingRestriction();
		restriction.setPatient(People.patient(body.getPatient(), "patient"));
		restriction.setProvider(CoverageController.providerOrSelf(body.getProvider()));
		restriction.setRouteTo(People.provider(body.getRouteTo(), "routeTo"));
		restriction.setReason(body.getReason());
		restriction.setStartDate(new Date());
		restriction.setEndDate(body.getEndDate());
		MessagingRestriction saved = ThreadController.service().saveMessagingRestriction(restriction);
		return ResponseEntity.status(HttpStatus.CREATED).body(MessagingJson.restriction(saved, new Date()));
	}

	@PostMapping("/{uuid}/end")
	public Map<String, Object> end(@PathVariable String uuid) {
		MessagingRestriction restriction = ThreadController.service().getMessagingRestrictionByUuid(uuid);
		return MessagingJson.restriction(ThreadController.service().endMessagingRestriction(restriction), new Date());
	}
}
