package org.openmrs.module.boundaries.messaging;

import java.util.Collections;
import java.util.Date;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.contactlog.ActionTaken;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactCategory;
import org.openmrs.module.boundaries.contactlog.ContactChannel;
import org.openmrs.module.boundaries.contactlog.ContactDirection;
import org.openmrs.module.boundaries.contactlog.ContactLogEntry;
import org.openmrs.module.boundaries.contactlog.ContactLogService;

/**
 * What messaging writes to the patient's contact log: a boundary concern flagged on a thread or message, linked to it,
 * and a restriction from messaging a provider personally. Written in the same transaction as the flag or restriction.
 */
public class ConcernLog {

	public void recordFlag(PortalThread thread, PortalMessage message, ConcernReport report) {
		PortalMessage linked = message;
		ContactLogEntry entry = new ContactLogEntry();
		entry.setPatient(thread.getPatient());
		entry.setOccurredAt(linked != null ? linked.getDateCreated() : thread.getLastMessageAt());
		entry.setDirection(linked == null || linked.getSenderRole() == SenderRole.PATIENT ? ContactDirection.INBOUND
		        : ContactDirection.OUTBOUND);
		entry.setChannel(ContactChannel.PORTAL_MESSAGE);
		entry.setStaffUser(CurrentUser.user());
		entry.setProvider(thread.getProvider());
		entry.setSummary(StringUtils.isBlank(report.getSummary())
		        ? MessagingText.get("boundaries.messaging.log.flagged", thread.getSubject())
		        : report.getSummary().trim());
		entry.setCategory(ContactCategory.BOUNDARY_CONCERN);
		entry.setConcernKind(report.getKind());
		entry.setSeverity(report.getSeverity());
		entry.setActions(report.getActions());
		entry.setRelatedMessageUuid(linked != null ? linked.getUuid() : thread.getUuid());
		Context.getService(ContactLogService.class).saveContactLogEntry(entry);
	}

	public void recordRestriction(MessagingRestriction restriction) {
		ContactLogEntry entry = new ContactLogEntry();
		entry.setPatient(restriction.getPatient());
		entry.setOccurredAt(new Date());
		entry.setDirection(ContactDirection.OUTBOUND);
		entry.setChannel(ContactChannel.PORTAL_MESSAGE);
		entry.setStaffUser(CurrentUser.user());
		entry.setProvider(restriction.getProvider());
		String summary = StringUtils.isBlank(restriction.getReason())
		        ? MessagingText.get("boundaries.messaging.log.restricted", restriction.getProvider().getName(),
		            restriction.getRouteTo().getName())
		        : MessagingText.get("boundaries.messaging.log.restrictedWithReason", restriction.getProvider().getName(),
		            restriction.getRouteTo().getName(), restriction.getReason().trim());
		entry.setSummary(summary);
		entry.setCategory(ContactCategory.BOUNDARY_CONCERN);
		entry.setConcernKind(ConcernKind.OTHER);
		entry.setSeverity(ConcernSeverity.MEDIUM);
		entry.setActions(Collections.singleton(ActionTaken.DECLINED));
		Context.getService(ContactLogService.class).saveContactLogEntry(entry);
	}
}
