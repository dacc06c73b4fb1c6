package org.openmrs.module.boundaries.web.boundaries;

import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.boundaries.Acknowledgement;
import org.openmrs.module.boundaries.boundaries.AcknowledgementMethod;
import org.openmrs.module.boundaries.boundaries.BoundariesService;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Patients' acknowledgements of providers' boundaries. The {@code patient} parameter may be left out by a signed-in
 * patient, meaning themself; a patient never reaches another patient's acknowledgements.
 */
@RestController
@RequestMapping("/rest/v1/boundaries/acknowledgement")
public class AcknowledgementController {

	/** The size of the platform's void_reason column. */
	private static final int MAX_REASON_LENGTH = 255;

	private static BoundariesService service() {
		return Context.getService(BoundariesService.class);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> acknowledge(@RequestBody AcknowledgementRequest body) {
		Patient patient = Lookups.patientOrSelf(body.getPatient());
		Provider provider = Lookups.provider(body.getProvider());
		AcknowledgementMethod method = body.getMethod() != null ? body.getMethod()
		        : CurrentUser.isPerson(patient) ? AcknowledgementMethod.PORTAL : AcknowledgementMethod.IN_CLINIC;
		Acknowledgement saved = service().saveAcknowledgement(new Acknowledgement(patient, provider, method));
		return ResponseEntity.status(HttpStatus.CREATED).body(BoundariesJson.acknowledgement(saved, false));
	}

	/** A patient's acknowledgements that are not voided, newest first. */
	@GetMapping
	public Map<String, Object> list(@RequestParam(required = false) String patient,
	        @RequestParam(required = false) Integer startIndex, @RequestParam(required = false) Integer limit,
	        @RequestParam(required = false) String v, HttpServletRequest request) {
		boolean full = BoundariesJson.isFull(v);
		return Json.page(service().getAcknowledgements(Lookups.patientOrSelf(patient), Paging.of(startIndex, limit))
		        .map(acknowledgement -> BoundariesJson.acknowledgement(acknowledgement, full)), request);
	}

	/** Whether the patient must (again) acknowledge the provider's current boundaries. */
	@GetMapping("/status")
	public Map<String, Object> status(@RequestParam String provider, @RequestParam(required = false) String patient) {
		Patient who = Lookups.patientOrSelf(patient);
		Provider whose = Lookups.provider(provider);
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("patient", BoundariesJson.patient(who));
		json.put("provider", BoundariesJson.provider(whose));
		json.put("needsAcknowledgement", service().needsAcknowledgement(who, whose));
		return json;
	}

	@GetMapping("/{uuid}")
	public Map<String, Object> one(@PathVariable String uuid, @RequestParam(required = false) String v) {
		return BoundariesJson.acknowledgement(find(uuid), BoundariesJson.isFull(v));
	}

	/** Voids an acknowledgement recorded by mistake (staff), with a reason. */
	@DeleteMapping("/{uuid}")
	public Map<String, Object> voidAcknowledgement(@PathVariable String uuid, @RequestParam(required = false) String reason) {
		if (StringUtils.isBlank(reason) || reason.trim().length() > MAX_REASON_LENGTH) {
			throw new InvalidRequestException("reason", ApiErrors.message("boundaries.error.reason.required",
			    MAX_REASON_LENGTH));
		}
		return BoundariesJson.acknowledgement(service().voidAcknowledgement(find(uuid), reason.trim()), true);
	}

	private static Acknowledgement find(String uuid) {
		Acknowledgement acknowledgement = service().getAcknowledgementByUuid(uuid);
		if (acknowledgement == null) {
			throw ObjectNotFoundException.of("acknowledgement", uuid);
		}
		return acknowledgement;
	}
}
