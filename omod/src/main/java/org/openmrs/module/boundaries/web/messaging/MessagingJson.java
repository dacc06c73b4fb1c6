package org.openmrs.module.boundaries.web.messaging;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.messaging.Coverage;
import org.openmrs.module.boundaries.messaging.InboxFilter;
import org.openmrs.module.boundaries.messaging.InboxSummary;
import org.openmrs.module.boundaries.messaging.MessagingRestriction;
import org.openmrs.module.boundaries.messaging.PortalMessage;
import org.openmrs.module.boundaries.messaging.PortalThread;
import org.openmrs.module.boundaries.messaging.ReadReceipt;
import org.openmrs.module.boundaries.messaging.RoutingRule;
import org.openmrs.module.boundaries.messaging.SenderRole;
import org.openmrs.module.boundaries.messaging.ThreadView;
import org.openmrs.module.boundaries.web.Json;

/**
 * The JSON shapes of messaging. A patient's view leaves out what is for staff only: flags, staff notes, who voided a
 * message and why, and the body of a voided message.
 */
final class MessagingJson {

	private MessagingJson() {
	}

	static Map<String, Object> thread(PortalThread thread, boolean staff, Date now) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", thread.getUuid());
		json.put("display", thread.getSubject());
		json.put("subject", thread.getSubject());
		json.put("category", thread.getCategory().name());
		json.put("patient", person(thread.getPatient()));
		json.put("provider", provider(thread.getProvider()));
		json.put("addressedTo", provider(thread.getAddressedTo()));
		json.put("closed", thread.isClosed());
		json.put("dateClosed", Json.date(thread.getDateClosed()));
		json.put("dateCreated", Json.date(thread.getDateCreated()));
		json.put("lastMessageAt", Json.date(thread.getLastMessageAt()));
		json.put("unread", staff ? thread.isUnreadByStaff() : thread.isUnreadByPatient());
		json.put("awaitingReply", thread.isAwaitingReply() && !thread.isClosed());
		json.put("replyDueBy", thread.isClosed() ? null : Json.date(thread.getReplyDueBy()));
		if (staff) {
			json.put("awaitingReplySince", Json.date(thread.getAwaitingReplySince()));
			json.put("overdue", thread.isOverdue(now));
			json.put("unreadByPatient", thread.isUnreadByPatient());
			json.put("flagged", thread.isFlagged());
			json.put("closedBy", user(thread.getClosedBy()));
		}
		return json;
	}

	static Map<String, Object> threadView(ThreadView view, boolean staff, Date now) {
		PortalThread thread = view.getThread();
		Map<String, Object> json = thread(thread, staff, now);
		json.put("messages",
		    view.getMessages().stream().map(m -> message(m, thread, staff)).collect(Collectors.toList()));
		json.put("maxLength", view.getMessageMaxLength());
		return json;
	}

	static Map<String, Object> message(PortalMessage message, PortalThread thread, boolean staff) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", message.getUuid());
		json.put("sequence", message.getSequence());
		json.put("senderRole", message.getSenderRole().name());
		json.put("sender", message.getSenderRole() == SenderRole.AUTOMATIC ? null : user(message.getCreator()));
		json.put("dateSent", Json.date(message.getDateCreated()));
		json.put("voided", message.getVoided());
		json.put("body", message.getVoided() && !staff ? null : message.getBody());
		json.put("readByRecipient", thread.isReadByRecipient(message));
		if (staff) {
			json.put("flagged", message.isFlagged());
			json.put("voidReason", message.getVoidReason());
			json.put("voidedBy", user(message.getVoidedBy()));
			json.put("dateVoided", Json.date(message.getDateVoided()));
		}
		return json;
	}

	static Map<String, Object> readReceipt(ReadReceipt receipt) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", receipt.getUuid());
		json.put("reader", user(receipt.getReader()));
		json.put("readerRole", receipt.getReaderRole().name());
		json.put("upToSequence", receipt.getUpToSequence());
		json.put("dateRead", Json.date(receipt.getDateRead()));
		return json;
	}

	static Map<String, Object> summary(InboxSummary summary) {
		Map<String, Object> json = new LinkedHashMap<>();
		for (InboxFilter filter : InboxFilter.values()) {
			json.put(InboxFilters.parameterName(filter), summary.count(filter));
		}
		return json;
	}

	static Map<String, Object> coverage(Coverage coverage, Date now) {
		Map<String, Object> json = rule(coverage, now);
		json.put("display", Names.of(coverage.getProvider()) + " → " + Names.of(coverage.getCoveringProvider()));
		json.put("coveringProvider", provider(coverage.getCoveringProvider()));
		json.put("note", coverage.getNote());
		return json;
	}

	static Map<String, Object> restriction(MessagingRestriction restriction, Date now) {
		Map<String, Object> json = rule(restriction, now);
		json.put("display", Names.of(restriction.getProvider()) + " → " + Names.of(restriction.getRouteTo()));
		json.put("patient", person(restriction.getPatient()));
		json.put("routeTo", provider(restriction.getRouteTo()));
		json.put("cause", restriction.getCause().name());
		json.put("reason", restriction.getReason());
		return json;
	}

	private static Map<String, Object> rule(RoutingRule rule, Date now) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("uuid", rule.getUuid());
		json.put("display", null);
		json.put("provider", provider(rule.getProvider()));
		json.put("startDate", Json.date(rule.getStartDate()));
		json.put("endDate", Json.date(rule.getEndDate()));
		json.put("active", rule.isActiveAt(now));
		json.put("ended", rule.isEndedAt(now));
		json.put("creator", user(rule.getCreator()));
		json.put("dateCreated", Json.date(rule.getDateCreated()));
		return json;
	}

	static Map<String, Object> provider(Provider provider) {
		return provider == null ? null : Json.ref(provider.getUuid(), Names.of(provider));
	}

	static Map<String, Object> person(Person person) {
		return person == null ? null : Json.ref(person.getUuid(), name(person));
	}

	static Map<String, Object> user(User user) {
		if (user == null) {
			return null;
		}
		String display = user.getPerson() != null ? name(user.getPerson()) : null;
		return Json.ref(user.getUuid(), display != null ? display : user.getUsername());
	}

	private static String name(Person person) {
		return person.getPersonName() == null ? null : Names.full(person.getPersonName());
	}
}
