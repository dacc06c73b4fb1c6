package org.openmrs.module.boundaries.web.boundaries;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.boundaries.Acknowledgement;
import org.openmrs.module.boundaries.boundaries.BoundaryProfile;
import org.openmrs.module.boundaries.boundaries.Channel;
import org.openmrs.module.boundaries.boundaries.ChannelRule;
import org.openmrs.module.boundaries.boundaries.EffectiveBoundaries;
import org.openmrs.module.boundaries.boundaries.ReplyTimeUnit;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.Json;

/**
 * The JSON shapes of the boundaries resources. A profile version and the effective boundaries share their field
 * names with the draft request body, so a page can send back what it was given.
 */
final class BoundariesJson {

	private BoundariesJson() {
	}

	static Map<String, Object> provider(Provider provider) {
		return provider == null ? null : Json.ref(provider.getUuid(), Names.of(provider));
	}

	static Map<String, Object> patient(Patient patient) {
		return Json.ref(patient.getUuid(), patient.getPersonName() == null ? null : Names.full(patient.getPersonName()));
	}

	static Map<String, Object> user(User user) {
		if (user == null) {
			return null;
		}
		String name = user.getPersonName() != null ? Names.full(user.getPersonName()) : user.getUsername();
		return Json.ref(user.getUuid(), name);
	}

	private static String ownerName(Provider provider) {
		return provider == null ? ApiErrors.message("boundaries.profile.organisationDefault") : Names.of(provider);
	}

	/** One version or draft of a profile; {@code saved} is false for a draft the editor starts from. */
	static Map<String, Object> profile(BoundaryProfile profile, boolean full, boolean saved) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", saved ? profile.getUuid() : null);
		json.put("display", profile.isPublished()
		        ? ApiErrors.message("boundaries.profile.display.version", ownerName(profile.getProvider()), profile.getVersion())
		        : ApiErrors.message("boundaries.profile.display.draft", ownerName(profile.getProvider())));
		json.put("provider", provider(profile.getProvider()));
		json.put("organisationDefault", profile.isOrganisationDefault());
		json.put("status", profile.isPublished() ? "PUBLISHED" : "DRAFT");
		json.put("saved", saved);
		json.put("version", profile.getVersion());
		json.put("publishedDate", Json.date(profile.getPublishedDate()));
		List<Map<String, Object>> rules = new ArrayList<>();
		for (ChannelRule rule : profile.getChannelRules()) {
			rules.add(rule(rule.getChannel(), rule, null));
		}
		json.put("channelRules", rules);
		putSchedule(json, profile.getReplyTimeValue(), profile.getReplyTimeUnit(), profile.getWorkingDays(),
		    profile.getWorkingHoursStart(), profile.getWorkingHoursEnd());
		for (String field : BoundaryProfile.TEXT_FIELDS) {
			json.put(field, profile.getText(field));
		}
		if (full) {
			Map<String, Object> audit = new LinkedHashMap<>();
			audit.put("creator", user(profile.getCreator()));
			audit.put("dateCreated", Json.date(profile.getDateCreated()));
			json.put("auditInfo", audit);
		}
		return json;
	}

	/** The boundaries patients see: every channel in order, each field's value and whether it is inherited. */
	static Map<String, Object> effective(EffectiveBoundaries boundaries) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("provider", provider(boundaries.getProvider()));
		json.put("display", ownerName(boundaries.getProvider()));
		json.put("hasBoundaries", boundaries.hasBoundaries());
		json.put("preview", boundaries.isPreview());
		json.put("version", boundaries.getVersion());
		json.put("profileUuid", boundaries.isPreview() ? null : boundaries.getProfileUuid());
		json.put("publishedDate", Json.date(boundaries.getPublishedDate()));
		json.put("defaultVersion", boundaries.getDefaultVersion());
		json.put("defaultProfileUuid", boundaries.getDefaultProfileUuid());
		List<Map<String, Object>> rules = new ArrayList<>();
		for (Channel channel : Channel.values()) {
			rules.add(rule(channel, boundaries.getChannelRule(channel), boundaries.isInherited(channel)));
		}
		json.put("channelRules", rules);
		putSchedule(json, boundaries.getReplyTimeValue(), boundaries.getReplyTimeUnit(), boundaries.getWorkingDays(),
		    boundaries.getWorkingHoursStart(), boundaries.getWorkingHoursEnd());
		for (String field : BoundaryProfile.TEXT_FIELDS) {
			json.put(field, boundaries.getText(field));
		}
		json.put("inherited", new ArrayList<>(boundaries.getInheritedFields()));
		return json;
	}

	private static Map<String, Object> rule(Channel channel, ChannelRule rule, Boolean inherited) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("channel", channel.name());
		json.put("stance", rule == null ? null : rule.getStance().name());
		json.put("note", rule == null ? null : rule.getNote());
		if (inherited != null) {
			json.put("inherited", inherited);
		}
		return json;
	}

	private static void putSchedule(Map<String, Object> json, Integer replyTimeValue, ReplyTimeUnit replyTimeUnit,
	        Set<DayOfWeek> workingDays, LocalTime start, LocalTime end) {
		json.put("replyTimeValue", replyTimeValue);
		json.put("replyTimeUnit", replyTimeUnit == null ? null : replyTimeUnit.name());
		json.put("workingDays", workingDays.stream().map(DayOfWeek::name).collect(Collectors.toList()));
		json.put("workingHoursStart", start == null ? null : start.toString());
		json.put("workingHoursEnd", end == null ? null : end.toString());
	}

	static Map<String, Object> acknowledgement(Acknowledgement acknowledgement, boolean full) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", acknowledgement.getUuid());
		json.put("display", ApiErrors.message("boundaries.acknowledgement.display",
		    Names.of(acknowledgement.getProvider()), acknowledgement.getVersion()));
		json.put("patient", patient(acknowledgement.getPatient()));
		json.put("provider", provider(acknowledgement.getProvider()));
		json.put("version", acknowledgement.getVersion());
		json.put("profile", version(acknowledgement.getProfile()));
		json.put("defaultProfile", version(acknowledgement.getDefaultProfile()));
		json.put("dateAcknowledged", Json.date(acknowledgement.getDateAcknowledged()));
		json.put("method", acknowledgement.getMethod().name());
		json.put("recordedBy", user(acknowledgement.getRecordedBy()));
		json.put("voided", acknowledgement.getVoided());
		if (full) {
			Map<String, Object> audit = new LinkedHashMap<>();
			audit.put("dateCreated", Json.date(acknowledgement.getDateCreated()));
			audit.put("voidedBy", user(acknowledgement.getVoidedBy()));
			audit.put("dateVoided", Json.date(acknowledgement.getDateVoided()));
			audit.put("voidReason", acknowledgement.getVoidReason());
			json.put("auditInfo", audit);
		}
		return json;
	}

	private static Map<String, Object> version(BoundaryProfile profile) {
		if (profile == null) {
			return null;
		}
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", profile.getUuid());
		json.put("version", profile.getVersion());
		return json;
	}

	/** Checks the {@code v} parameter and says whether the full representation was asked for. */
	static boolean isFull(String v) {
		if ("full".equals(v)) {
			return true;
		}
		if (v == null || "default".equals(v)) {
			return false;
		}
		throw new InvalidRequestException("v", ApiErrors.message("boundaries.error.representation"));
	}
}
