package org.openmrs.module.boundaries.web.contactlog;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.module.boundaries.contactlog.CareTransfer;
import org.openmrs.module.boundaries.contactlog.ConcernReportRow;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactLogEntry;
import org.openmrs.module.boundaries.contactlog.Display;
import org.openmrs.module.boundaries.contactlog.GiftAssessment;
import org.openmrs.module.boundaries.contactlog.GiftPolicy;
import org.openmrs.module.boundaries.contactlog.GiftRecord;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.Json;

/**
 * The JSON shapes of the log's resources, in the OpenMRS REST style: {@code uuid} and {@code display} first,
 * references as {@code {uuid, display}}, enums by name, days as {@code yyyy-MM-dd}, moments in the REST date format.
 * Every shape says who recorded the row and when, and, for voided rows, who voided it, when and why.
 */
final class Representations {

	private static final int DISPLAY_LENGTH = 80;

	private Representations() {
	}

	static Map<String, Object> entry(ContactLogEntry entry, boolean full) {
		Map<String, Object> json = start(entry, Dates.day(entry.getOccurredAt()) + " "
		        + StringUtils.abbreviate(entry.getSummary(), DISPLAY_LENGTH));
		json.put("patient", patient(entry.getPatient()));
		json.put("occurredAt", Json.date(entry.getOccurredAt()));
		json.put("direction", name(entry.getDirection()));
		json.put("channel", name(entry.getChannel()));
		json.put("staffUser", user(entry.getStaffUser()));
		json.put("provider", provider(entry.getProvider()));
		json.put("summary", entry.getSummary());
		json.put("category", name(entry.getCategory()));
		json.put("concernKind", name(entry.getConcernKind()));
		json.put("severity", name(entry.getSeverity()));
		json.put("actions", entry.getActions().stream().map(Enum::name).collect(Collectors.toList()));
		json.put("actionsNote", entry.getActionsNote());
		json.put("followUpDate", Dates.day(entry.getFollowUpDate()));
		json.put("relatedMessageUuid", entry.getRelatedMessageUuid());
		json.put("corrects", entry.getCorrects() == null ? null
		        : Json.ref(entry.getCorrects().getUuid(), StringUtils.abbreviate(entry.getCorrects().getSummary(),
		            DISPLAY_LENGTH)));
		return finish(json, entry, full);
	}

	static Map<String, Object> gift(GiftRecord gift, GiftPolicy policy, boolean full) {
		Map<String, Object> json = start(gift, Dates.day(gift.getOfferedOn()) + " "
		        + StringUtils.abbreviate(gift.getDescription(), DISPLAY_LENGTH));
		json.put("patient", patient(gift.getPatient()));
		json.put("description", gift.getDescription());
		json.put("kind", name(gift.getKind()));
		json.put("estimatedValue", gift.getEstimatedValue());
		json.put("currency", gift.getCurrency());
		json.put("recipientProvider", provider(gift.getRecipientProvider()));
		json.put("recipientUser", user(gift.getRecipientUser()));
		json.put("donor", name(gift.getDonor()));
		json.put("donorName", gift.getDonorName());
		json.put("offeredOn", Dates.day(gift.getOfferedOn()));
		json.put("decision", name(gift.getDecision()));
		json.put("reason", gift.getReason());
		json.put("declaredOn", Dates.day(gift.getDeclaredOn()));
		json.put("requiresDeclaration", gift.requiresDeclaration(policy));
		json.put("corrects", gift.getCorrects() == null ? null
		        : Json.ref(gift.getCorrects().getUuid(), StringUtils.abbreviate(gift.getCorrects().getDescription(),
		            DISPLAY_LENGTH)));
		return finish(json, gift, full);
	}

	static Map<String, Object> transfer(CareTransfer transfer, boolean full) {
		Map<String, Object> json = start(transfer, Dates.day(transfer.getEffectiveDate()) + " "
		        + Display.of(transfer.getFromProvider()) + " → " + Display.of(transfer.getToProvider()));
		json.put("patient", patient(transfer.getPatient()));
		json.put("fromProvider", provider(transfer.getFromProvider()));
		json.put("toProvider", provider(transfer.getToProvider()));
		json.put("reason", transfer.getReason());
		json.put("endsRelationship", transfer.isEndsRelationship());
		json.put("patientWarnedFirst", transfer.isPatientWarnedFirst());
		json.put("toldInWriting", transfer.isToldInWriting());
		json.put("letterDate", Dates.day(transfer.getLetterDate()));
		json.put("recordsPassedOn", Dates.day(transfer.getRecordsPassedOn()));
		json.put("effectiveDate", Dates.day(transfer.getEffectiveDate()));
		json.put("contactLogEntry", transfer.getContactLogEntry() == null ? null
		        : Json.ref(transfer.getContactLogEntry().getUuid(), transfer.getContactLogEntry().getSummary()));
		return finish(json, transfer, full);
	}

	static Map<String, Object> assessment(GiftAssessment assessment) {
		Map<String, Object> json = policy(assessment.getPolicy());
		json.put("valueReachesThreshold", assessment.isValueReachesThreshold());
		json.put("runningTotal", assessment.getRunningTotal());
		json.put("runningTotalReachesThreshold", assessment.isRunningTotalReachesThreshold());
		json.put("cashRefused", assessment.isCashRefused());
		GiftPolicy policy = assessment.getPolicy();
		List<Map<String, Object>> warnings = assessment.getWarnings().stream().map(code -> {
			Map<String, Object> warning = new LinkedHashMap<>();
			warning.put("code", code);
			warning.put("message", ApiErrors.message(code, policy.getThreshold().toPlainString(), policy.getCurrency(),
			    assessment.getRunningTotal().toPlainString()));
			return warning;
		}).collect(Collectors.toList());
		json.put("warnings", warnings);
		return json;
	}

	static Map<String, Object> policy(GiftPolicy policy) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("threshold", policy.getThreshold());
		json.put("currency", policy.getCurrency());
		json.put("refuseCash", policy.isRefuseCash());
		return json;
	}

	static Map<String, Object> concernRow(ConcernReportRow row) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("provider", provider(row.getProvider()));
		json.put("kind", name(row.getKind()));
		for (ConcernSeverity severity : ConcernSeverity.values()) {
			json.put(severity.name().toLowerCase(), row.getCount(severity));
		}
		json.put("total", row.getTotal());
		return json;
	}

	static Map<String, Object> patient(Patient patient) {
		return patient == null ? null : Json.ref(patient.getUuid(), Display.of(patient));
	}

	static Map<String, Object> provider(Provider provider) {
		if (provider == null) {
			return null;
		}
		Map<String, Object> ref = Json.ref(provider.getUuid(), Display.of(provider));
		ref.put("identifier", provider.getIdentifier());
		return ref;
	}

	static Map<String, Object> user(User user) {
		return user == null ? null : Json.ref(user.getUuid(), Display.of(user));
	}

	private static String name(Enum<?> value) {
		return value == null ? null : value.name();
	}

	private static Map<String, Object> start(BaseOpenmrsData data, String display) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", data.getUuid());
		json.put("display", display);
		return json;
	}

	private static Map<String, Object> finish(Map<String, Object> json, BaseOpenmrsData data, boolean full) {
		json.put("recordedBy", user(data.getCreator()));
		json.put("dateRecorded", Json.date(data.getDateCreated()));
		json.put("voided", data.getVoided());
		if (data.getVoided()) {
			json.put("voidedBy", user(data.getVoidedBy()));
			json.put("dateVoided", Json.date(data.getDateVoided()));
			json.put("voidReason", data.getVoidReason());
		}
		if (full) {
			Map<String, Object> audit = new LinkedHashMap<>();
			audit.put("creator", user(data.getCreator()));
			audit.put("dateCreated", Json.date(data.getDateCreated()));
			audit.put("changedBy", user(data.getChangedBy()));
			audit.put("dateChanged", Json.date(data.getDateChanged()));
			json.put("auditInfo", audit);
		}
		return json;
	}
}
