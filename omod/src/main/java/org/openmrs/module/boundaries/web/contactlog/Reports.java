package org.openmrs.module.boundaries.web.contactlog;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.module.boundaries.contactlog.ConcernReportRow;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.contactlog.Display;
import org.openmrs.module.boundaries.contactlog.GiftPolicy;
import org.openmrs.module.boundaries.contactlog.GiftRegisterQuery;
import org.openmrs.module.boundaries.contactlog.ReportPeriod;
import org.openmrs.module.boundaries.web.Json;
import org.springframework.http.ResponseEntity;

/** The managers' reports, on screen (JSON) and as CSV: the gift register and the boundary concern report. */
final class Reports {

	private Reports() {
	}

	static Map<String, Object> giftRegister(RegisterParams params, HttpServletRequest request) {
		ContactLogService service = References.service();
		GiftRegisterQuery query = params.giftQuery();
		GiftPolicy policy = service.getGiftPolicy();
		Map<String, Object> body = Json.page(
		    service.getGiftRegister(query, params.paging()).map(gift -> Representations.gift(gift, policy, false)), request);
		body.put("policy", Representations.policy(policy));
		return body;
	}

	static ResponseEntity<byte[]> giftRegisterCsv(RegisterParams params) {
		ContactLogService service = References.service();
		GiftRegisterQuery query = params.giftQuery();
		GiftPolicy policy = service.getGiftPolicy();
		Csv csv = Csv.withHeaders("boundaries.contactlog.field.offeredOn", "boundaries.contactlog.field.patient",
		    "boundaries.contactlog.field.description",
		    "boundaries.contactlog.field.kind", "boundaries.contactlog.field.estimatedValue",
		    "boundaries.contactlog.field.currency", "boundaries.contactlog.field.recipient",
		    "boundaries.contactlog.field.donor", "boundaries.contactlog.field.donorName",
		    "boundaries.contactlog.field.decision", "boundaries.contactlog.field.reason",
		    "boundaries.contactlog.field.declaredOn", "boundaries.contactlog.field.requiresDeclaration",
		    "boundaries.contactlog.field.recordedBy", "boundaries.contactlog.field.uuid");
		Csv.allPages(paging -> service.getGiftRegister(query, paging),
		    gift -> csv.row(Dates.day(gift.getOfferedOn()), Display.of(gift.getPatient()), gift.getDescription(),
		        gift.getKind(),
		        gift.getEstimatedValue().toPlainString(), gift.getCurrency(), GiftController.recipient(gift),
		        gift.getDonor(), gift.getDonorName(), gift.getDecision(), gift.getReason(),
		        Dates.day(gift.getDeclaredOn()), Views.yesNo(gift.requiresDeclaration(policy)),
		        Display.of(gift.getCreator()), gift.getUuid()));
		return csv.response(periodFileName("gift-register", query.getPeriod()));
	}

	static Map<String, Object> concerns(RegisterParams params) {
		List<Map<String, Object>> rows = References.service().getConcernReport(params.period(), params.provider())
		        .stream().map(Representations::concernRow).collect(Collectors.toList());
		return Json.results(rows, null);
	}

	static ResponseEntity<byte[]> concernsCsv(RegisterParams params) {
		ReportPeriod period = params.period();
		Csv csv = Csv.withHeaders("boundaries.contactlog.field.provider", "boundaries.contactlog.field.identifier",
		    "boundaries.contactlog.field.concernKind", "boundaries.contactlog.ConcernSeverity.LOW",
		    "boundaries.contactlog.ConcernSeverity.MEDIUM", "boundaries.contactlog.ConcernSeverity.HIGH",
		    "boundaries.contactlog.report.total");
		for (ConcernReportRow row : References.service().getConcernReport(period, params.provider())) {
			csv.row(Display.of(row.getProvider()), row.getProvider() == null ? null : row.getProvider().getIdentifier(),
			    row.getKind(), row.getCount(ConcernSeverity.LOW), row.getCount(ConcernSeverity.MEDIUM),
			    row.getCount(ConcernSeverity.HIGH), row.getTotal());
		}
		return csv.response(periodFileName("concern-report", period));
	}

	private static String periodFileName(String what, ReportPeriod period) {
		return what + "-" + Dates.day(period.getFromDate()) + "-to-" + Dates.day(period.getToDate()) + ".csv";
	}
}
