package org.openmrs.module.boundaries.web.contactlog;

import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.module.boundaries.contactlog.ContactLogEntry;
import org.openmrs.module.boundaries.contactlog.ContactLogFilter;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.contactlog.Display;
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

/** A patient's contact log: list (JSON or CSV, filtered as {@link ChartParams} says), one entry, add (or correct), void. */
@RestController
@RequestMapping("/rest/v1/boundaries/contact")
public class ContactController {

	@GetMapping
	public Map<String, Object> list(@ModelAttribute ChartParams params, HttpServletRequest request) {
		Patient chart = params.chart();
		boolean full = params.full();
		boolean includeVoided = params.includeVoided();
		ContactLogFilter filter = params.contactFilter();
		ContactLogService service = References.service();
		Map<String, Object> body = Json.page(service.getContactLogEntries(chart, includeVoided, filter, params.paging())
		        .map(entry -> Representations.entry(entry, full)),
		    request);
		if (params.totalCount()) {
			body.put("totalCount", service.countContactLogEntries(chart, includeVoided, filter));
		}
		return body;
	}

	@GetMapping(params = "format=csv")
	public ResponseEntity<byte[]> export(@ModelAttribute ChartParams params) {
		Patient chart = params.chart();
		boolean includeVoided = params.includeVoided();
		ContactLogFilter filter = params.contactFilter();
		ContactLogService service = References.service();
		Csv csv = Csv.withHeaders("boundaries.contactlog.field.occurredAt", "boundaries.contactlog.field.direction",
		    "boundaries.contactlog.field.channel", "boundaries.contactlog.field.provider",
		    "boundaries.contactlog.field.staffUser", "boundaries.contactlog.field.category",
		    "boundaries.contactlog.field.concernKind", "boundaries.contactlog.field.severity",
		    "boundaries.contactlog.field.summary", "boundaries.contactlog.field.actions",
		    "boundaries.contactlog.field.actionsNote", "boundaries.contactlog.field.followUpDate",
		    "boundaries.contactlog.field.corrects", "boundaries.contactlog.field.recordedBy",
		    "boundaries.contactlog.field.dateRecorded", "boundaries.contactlog.field.voided",
		    "boundaries.contactlog.field.voidReason", "boundaries.contactlog.field.uuid");
		Csv.allPages(paging -> service.getContactLogEntries(chart, includeVoided, filter, paging),
		    entry -> csv.row(Json.date(entry.getOccurredAt()), entry.getDirection(), entry.getChannel(),
		        Display.of(entry.getProvider()), Display.of(entry.getStaffUser()), entry.getCategory(),
		        entry.getConcernKind(), entry.getSeverity(), entry.getSummary(),
		        Csv.labels(new ArrayList<>(entry.getActions())), entry.getActionsNote(),
		        Dates.day(entry.getFollowUpDate()), entry.getCorrects() == null ? null : entry.getCorrects().getUuid(),
		        Display.of(entry.getCreator()), Json.date(entry.getDateCreated()), Views.yesNo(entry.getVoided()),
		        entry.getVoidReason(), entry.getUuid()));
		return csv.response(Views.fileName("contact-log", chart));
	}

	@GetMapping("/{uuid}")
	public Map<String, Object> get(@PathVariable String uuid, @RequestParam(defaultValue = "default") String v) {
		return Representations.entry(
		    References.found("contact log entry", uuid, References.service().getContactLogEntryByUuid(uuid)),
		    Views.full(v));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> create(@RequestBody ContactRequest body) {
		ContactLogService service = References.service();
		ContactLogEntry entry = new ContactLogEntry();
		entry.setPatient(References.patient("patient", body.getPatient()));
		entry.setOccurredAt(Dates.instant("occurredAt", body.getOccurredAt()));
		entry.setDirection(body.getDirection());
		entry.setChannel(body.getChannel());
		entry.setStaffUser(References.user("staffUser", body.getStaffUser()));
		entry.setProvider(References.provider("provider", body.getProvider()));
		entry.setSummary(StringUtils.trimToNull(body.getSummary()));
		entry.setCategory(body.getCategory());
		entry.setConcernKind(body.getConcernKind());
		entry.setSeverity(body.getSeverity());
		if (body.getActions() != null) {
			entry.setActions(body.getActions().stream().filter(Objects::nonNull).collect(Collectors.toSet()));
		}
		entry.setActionsNote(StringUtils.trimToNull(body.getActionsNote()));
		entry.setFollowUpDate(Dates.day("followUpDate", body.getFollowUpDate()));
		entry.setRelatedMessageUuid(StringUtils.trimToNull(body.getRelatedMessageUuid()));
		ContactLogEntry original = References.resolve("corrects", body.getCorrects(), service::getContactLogEntryByUuid);
		ContactLogEntry saved;
		if (original == null) {
			saved = service.saveContactLogEntry(entry);
		} else {
			Views.requireCorrectionReason(body.getCorrectionReason());
			saved = service.correctContactLogEntry(original, entry, body.getCorrectionReason().trim());
		}
		return ResponseEntity.status(HttpStatus.CREATED).body(Representations.entry(saved, false));
	}

	@DeleteMapping("/{uuid}")
	public Map<String, Object> voidEntry(@PathVariable String uuid, @RequestParam String reason) {
		ContactLogService service = References.service();
		ContactLogEntry entry = References.found("contact log entry", uuid, service.getContactLogEntryByUuid(uuid));
		Views.requireNotVoided(entry);
		return Representations.entry(service.voidContactLogEntry(entry, reason.trim()), false);
	}
}
