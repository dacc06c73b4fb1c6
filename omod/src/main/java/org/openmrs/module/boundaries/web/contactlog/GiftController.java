package org.openmrs.module.boundaries.web.contactlog;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Date;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.contactlog.Display;
import org.openmrs.module.boundaries.contactlog.GiftDecision;
import org.openmrs.module.boundaries.contactlog.GiftKind;
import org.openmrs.module.boundaries.contactlog.GiftPolicy;
import org.openmrs.module.boundaries.contactlog.GiftRecord;
import org.openmrs.module.boundaries.web.ApiErrors;
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

/**
 * Gifts: a patient's gifts (JSON or CSV), one gift, record (or correct), void; the register across patients for a
 * period ({@code ?fromDate=&toDate=}, as {@code /report/gifts}); and the assessment the gift form shows while typing.
 */
@RestController
@RequestMapping("/rest/v1/boundaries/gift")
public class GiftController {

	@GetMapping(params = "!fromDate")
	public Map<String, Object> list(@ModelAttribute ChartParams params, HttpServletRequest request) {
		Patient chart = params.chart();
		boolean full = params.full();
		ContactLogService service = References.service();
		boolean includeVoided = params.includeVoided();
		boolean awaitingDeclaration = params.awaitingDeclaration();
		GiftPolicy policy = service.getGiftPolicy();
		Map<String, Object> body = Json.page(
		    service.getGiftRecords(chart, includeVoided, awaitingDeclaration, params.paging())
		            .map(gift -> Representations.gift(gift, policy, full)),
		    request);
		body.put("policy", Representations.policy(policy));
		if (params.totalCount()) {
			body.put("totalCount", service.countGiftRecords(chart, includeVoided, awaitingDeclaration));
		}
		return body;
	}

	@GetMapping(params = { "!fromDate", "format=csv" })
	public ResponseEntity<byte[]> export(@ModelAttribute ChartParams params) {
		Patient chart = params.chart();
		boolean includeVoided = params.includeVoided();
		boolean awaitingDeclaration = params.awaitingDeclaration();
		ContactLogService service = References.service();
		GiftPolicy policy = service.getGiftPolicy();
		Csv csv = Csv.withHeaders("boundaries.contactlog.field.offeredOn", "boundaries.contactlog.field.description",
		    "boundaries.contactlog.field.kind", "boundaries.contactlog.field.estimatedValue",
		    "boundaries.contactlog.field.currency", "boundaries.contactlog.field.recipient",
		    "boundaries.contactlog.field.donor", "boundaries.contactlog.field.donorName",
		    "boundaries.contactlog.field.decision", "boundaries.contactlog.field.reason",
		    "boundaries.contactlog.field.declaredOn", "boundaries.contactlog.field.requiresDeclaration",
		    "boundaries.contactlog.field.corrects", "boundaries.contactlog.field.recordedBy",
		    "boundaries.contactlog.field.dateRecorded", "boundaries.contactlog.field.voided",
		    "boundaries.contactlog.field.voidReason", "boundaries.contactlog.field.uuid");
		Csv.allPages(paging -> service.getGiftRecords(chart, includeVoided, awaitingDeclaration, paging),
		    gift -> csv.row(Dates.day(gift.getOfferedOn()), gift.getDescription(), gift.getKind(),
		        gift.getEstimatedValue().toPlainString(), gift.getCurrency(), recipient(gift), gift.getDonor(),
		        gift.getDonorName(), gift.getDecision(), gift.getReason(), Dates.day(gift.getDeclaredOn()),
		        Views.yesNo(gift.requiresDeclaration(policy)),
		        gift.getCorrects() == null ? null : gift.getCorrects().getUuid(), Display.of(gift.getCreator()),
		        Json.date(gift.getDateCreated()), Views.yesNo(gift.getVoided()), gift.getVoidReason(), gift.getUuid()));
		return csv.response(Views.fileName("gifts", chart));
	}

	@GetMapping(params = "fromDate")
	public Map<String, Object> register(@ModelAttribute RegisterParams params, HttpServletRequest request) {
		return Reports.giftRegister(params, request);
	}

	@GetMapping(params = { "fromDate", "format=csv" })
	public void registerCsv(@ModelAttribute RegisterParams params, HttpServletRequest request,
	        HttpServletResponse response) throws IOException {
		Reports.giftRegisterCsv(params, request, response);
	}

	/** The warnings for a gift being typed: value or running total at the threshold, cash refused. Writes nothing. */
	@GetMapping("/assessment")
	public Map<String, Object> assess(@RequestParam(required = false) String patient,
	        @RequestParam(required = false) BigDecimal estimatedValue, @RequestParam(required = false) String currency,
	        @RequestParam(required = false) GiftKind kind, @RequestParam(required = false) GiftDecision decision,
	        @RequestParam(required = false) String offeredOn, @RequestParam(required = false) String corrects) {
		ContactLogService service = References.service();
		GiftRecord gift = new GiftRecord();
		gift.setPatient(References.requiredPatient(patient));
		if (estimatedValue == null) {
			throw new InvalidRequestException("estimatedValue",
			        ApiErrors.message("boundaries.error.missingParameter", "estimatedValue"));
		}
		gift.setEstimatedValue(estimatedValue);
		gift.setCurrency(currency(currency, service));
		gift.setKind(kind);
		gift.setDecision(decision);
		gift.setOfferedOn(offeredOn == null ? new Date() : Dates.day("offeredOn", offeredOn));
		gift.setCorrects(References.resolve("corrects", corrects, service::getGiftRecordByUuid));
		return Representations.assessment(service.assessGift(gift));
	}

	@GetMapping("/{uuid}")
	public Map<String, Object> get(@PathVariable String uuid, @RequestParam(defaultValue = "default") String v) {
		ContactLogService service = References.service();
		return Representations.gift(References.found("gift", uuid, service.getGiftRecordByUuid(uuid)),
		    service.getGiftPolicy(), Views.full(v));
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> create(@RequestBody GiftRequest body) {
		ContactLogService service = References.service();
		GiftRecord gift = new GiftRecord();
		gift.setPatient(References.patient("patient", body.getPatient()));
		gift.setDescription(StringUtils.trimToNull(body.getDescription()));
		gift.setKind(body.getKind());
		gift.setEstimatedValue(body.getEstimatedValue());
		gift.setCurrency(currency(body.getCurrency(), service));
		gift.setRecipientProvider(References.provider("recipientProvider", body.getRecipientProvider()));
		gift.setRecipientUser(References.user("recipientUser", body.getRecipientUser()));
		gift.setDonor(body.getDonor());
		gift.setDonorName(StringUtils.trimToNull(body.getDonorName()));
		gift.setOfferedOn(Dates.day("offeredOn", body.getOfferedOn()));
		gift.setDecision(body.getDecision());
		gift.setReason(StringUtils.trimToNull(body.getReason()));
		gift.setDeclaredOn(Dates.day("declaredOn", body.getDeclaredOn()));
		GiftRecord original = References.resolve("corrects", body.getCorrects(), service::getGiftRecordByUuid);
		GiftRecord saved;
		if (original == null) {
			saved = service.saveGiftRecord(gift);
		} else {
			Views.requireCorrectionReason(body.getCorrectionReason());
			saved = service.correctGiftRecord(original, gift, body.getCorrectionReason().trim());
		}
		Map<String, Object> json = Representations.gift(saved, service.getGiftPolicy(), false);
		json.put("assessment", Representations.assessment(service.assessGift(saved)));
		return ResponseEntity.status(HttpStatus.CREATED).body(json);
	}

	@DeleteMapping("/{uuid}")
	public Map<String, Object> voidGift(@PathVariable String uuid, @RequestParam String reason) {
		ContactLogService service = References.service();
		GiftRecord gift = References.found("gift", uuid, service.getGiftRecordByUuid(uuid));
		Views.requireNotVoided(gift);
		return Representations.gift(service.voidGiftRecord(gift, reason.trim()), service.getGiftPolicy(), false);
	}

	/** Who a gift was offered to, for exports: the provider, the member of staff, or both. */
	private static String recipient(GiftRecord gift) {
		return Display.recipient(Display.of(gift.getRecipientProvider()), Display.of(gift.getRecipientUser()));
	}

	private static String currency(String requested, ContactLogService service) {
		String currency = StringUtils.upperCase(StringUtils.trimToNull(requested));
		return currency != null ? currency : service.getGiftPolicy().getCurrency();
	}
}
