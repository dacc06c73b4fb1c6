package org.openmrs.module.boundaries.web.contactlog;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.openmrs.module.boundaries.contactlog.ConcernReportRow;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.contactlog.Display;
import org.openmrs.module.boundaries.contactlog.GiftPolicy;
import org.openmrs.module.boundaries.contactlog.GiftRegisterQuery;
import org.openmrs.module.boundaries.contactlog.GiftRegisterRow;
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

	/** The register as CSV, written batch after batch as it is read (see {@link Csv#stream}). */
	static void giftRegisterCsv(RegisterParams params, HttpServletRequest request, HttpServletResponse response)
	        throws IOException {
		ContactLogService service = References.service();
		GiftRegisterQuery query = params.giftQuery();
		GiftPolicy policy = service.getGiftPolicy();
		String[] headers = { "boundaries.contactlog.field.offeredOn", "boundaries.contactlog.field.patient",
		        "boundaries.contactlog.field.description", "boundaries.contactlog.field.kind",
		        "boundaries.contactlog.field.estimatedValue", "boundaries.contactlog.field.currency",
		        "boundaries.contactlog.field.recipient", "boundaries.contactlog.field.donor",
		        "boundaries.contactlog.field.donorName", "boundaries.contactlog.field.decision",
		        "boundaries.contactlog.field.reason", "boundaries.contactlog.field.declaredOn",
		        "boundaries.contactlog.field.requiresDeclaration", "boundaries.contactlog.field.recordedBy",
		        "boundaries.contactlog.field.uuid" };
		String yes = Views.yesNo(true);
		String no = Views.yesNo(false);
		Csv.stream(request, response, periodFileName("gift-register", query.getPeriod()), headers,
		    after -> service.getGiftRegisterRows(query, after),
		    (GiftRegisterRow gift) -> new Object[] { Dates.day(gift.getOfferedOn()), gift.getPatient(),
		            gift.getDescription(), gift.getKind(), gift.getEstimatedValue().toPlainString(), gift.getCurrency(),
		            gift.getRecipient(), gift.getDonor(), gift.getDonorName(), gift.getDecision(), gift.getReason(),
		            Dates.day(gift.getDeclaredOn()), gift.requiresDeclaration(policy) ? yes : no,
		            gift.getRecordedBy(), gift.getUuid() });
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
