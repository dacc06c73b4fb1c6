package org.openmrs.module.boundaries.web.contactlog;

import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.module.boundaries.contactlog.CareTransfer;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.web.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Transfers of care and ends of professional relationships: list by patient, one, record, void. */
@RestController
@RequestMapping("/rest/v1/boundaries/transfer")
public class TransferController {

	@GetMapping
	public Map<String, Object> list(@ModelAttribute ChartParams params, HttpServletRequest request) {
		Patient chart = params.chart();
		boolean full = params.full();
		return Json.page(References.service().getCareTransfers(chart, params.includeVoided(), params.paging())
		        .map(transfer -> Representations.transfer(transfer, full)),
		    request);
	}

	@GetMapping("/{uuid}")
	public Map<String, Object> get(@PathVariable String uuid, @RequestParam(defaultValue = "default") String v) {
		return Representations.transfer(
		    References.found("transfer of care", uuid, References.service().getCareTransferByUuid(uuid)), Views.full(v));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> create(@RequestBody TransferRequest body) {
		CareTransfer transfer = new CareTransfer();
		transfer.setPatient(References.patient("patient", body.getPatient()));
		transfer.setFromProvider(References.provider("fromProvider", body.getFromProvider()));
		transfer.setToProvider(References.provider("toProvider", body.getToProvider()));
		transfer.setReason(StringUtils.trimToNull(body.getReason()));
		transfer.setEndsRelationship(Boolean.TRUE.equals(body.getEndsRelationship()));
		transfer.setPatientWarnedFirst(Boolean.TRUE.equals(body.getPatientWarnedFirst()));
		transfer.setToldInWriting(Boolean.TRUE.equals(body.getToldInWriting()));
		transfer.setLetterDate(Dates.day("letterDate", body.getLetterDate()));
		transfer.setRecordsPassedOn(Dates.day("recordsPassedOn", body.getRecordsPassedOn()));
		transfer.setEffectiveDate(Dates.day("effectiveDate", body.getEffectiveDate()));
		CareTransfer saved = References.service().saveCareTransfer(transfer);
		return ResponseEntity.status(HttpStatus.CREATED).body(Representations.transfer(saved, false));
	}

	@DeleteMapping("/{uuid}")
	public Map<String, Object> voidTransfer(@PathVariable String uuid, @RequestParam String reason) {
		ContactLogService service = References.service();
		CareTransfer transfer = References.found("transfer of care", uuid, service.getCareTransferByUuid(uuid));
		Views.requireNotVoided(transfer);
		return Representations.transfer(service.voidCareTransfer(transfer, reason.trim()), false);
	}
}
