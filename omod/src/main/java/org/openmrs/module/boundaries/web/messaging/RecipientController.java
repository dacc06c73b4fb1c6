package org.openmrs.module.boundaries.web.messaging;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.boundaries.EffectiveBoundaries;
import org.openmrs.module.boundaries.messaging.Coverage;
import org.openmrs.module.boundaries.messaging.MessagingRestriction;
import org.openmrs.module.boundaries.messaging.Recipient;
import org.openmrs.module.boundaries.messaging.Routing;
import org.openmrs.module.boundaries.messaging.RoutingRule;
import org.openmrs.module.boundaries.web.Json;
import org.openmrs.module.boundaries.web.People;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For the portal's compose screen: the providers the signed-in patient may write to, where each one's messages go now
 * (a colleague covering, or taking over after a restriction or transfer of care), and for one provider the terms of
 * whoever will answer.
 */
@RestController
@RequestMapping("/rest/v1/boundaries/recipient")
public class RecipientController {

	@GetMapping
	public Map<String, Object> list() {
		List<Map<String, Object>> recipients = ThreadController.service().getRecipients().stream()
		        .map(RecipientController::recipient).collect(Collectors.toList());
		return Json.results(recipients, null);
	}

	@GetMapping("/{providerUuid}")
	public Map<String, Object> get(@PathVariable String providerUuid) {
		ThreadController.requirePatient();
		Recipient recipient = ThreadController.service().getRecipient(People.provider(providerUuid, "provider"));
		Map<String, Object> json = recipient(recipient);
		json.put("acknowledgementNeeded", recipient.isAcknowledgementNeeded());
		json.put("boundaries", boundaries(recipient.getBoundaries()));
		json.put("maxLength", ThreadController.service().getMessageMaxLength());
		return json;
	}

	private static Map<String, Object> recipient(Recipient recipient) {
		Routing.Route route = recipient.getRoute();
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", recipient.getProvider().getUuid());
		json.put("display", Names.of(recipient.getProvider()));
		json.put("provider", MessagingJson.provider(recipient.getProvider()));
		json.put("answeredBy", MessagingJson.provider(route.getTarget()));
		RoutingRule rule = route.getFirstRule();
		json.put("routeReason", rule == null ? null : routeReason(rule));
		json.put("routedUntil", rule == null ? null : Json.date(rule.getEndDate()));
		return json;
	}

	/** Why messages go elsewhere, in words a patient is told: the provider is away, or care has moved on. */
	private static String routeReason(RoutingRule rule) {
		if (rule instanceof Coverage) {
			return "AWAY";
		}
		return ((MessagingRestriction) rule).getCause().name();
	}

	private static Map<String, Object> boundaries(EffectiveBoundaries terms) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("replyTimeValue", terms.getReplyTimeValue());
		json.put("replyTimeUnit", terms.getReplyTimeUnit() == null ? null : terms.getReplyTimeUnit().name());
		json.put("readingTimes", terms.getReadingTimes());
		json.put("portalTopics", terms.getPortalTopics());
		json.put("appointmentTopics", terms.getAppointmentTopics());
		json.put("emergencyInstructions", terms.getEmergencyInstructions());
		json.put("outOfHoursInstructions", terms.getOutOfHoursInstructions());
		return json;
	}
}
