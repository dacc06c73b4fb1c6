package org.openmrs.module.boundaries.standalone;

import java.math.BigDecimal;
import java.util.Calendar;
import java.util.Date;
import java.util.EnumSet;

import org.apache.commons.lang3.time.DateUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.contactlog.ActionTaken;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactCategory;
import org.openmrs.module.boundaries.contactlog.ContactChannel;
import org.openmrs.module.boundaries.contactlog.ContactDirection;
import org.openmrs.module.boundaries.contactlog.ContactLogEntry;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.contactlog.GiftDecision;
import org.openmrs.module.boundaries.contactlog.GiftDonor;
import org.openmrs.module.boundaries.contactlog.GiftKind;
import org.openmrs.module.boundaries.contactlog.GiftRecord;

/**
 * A realistic contact and gift log for {@code patient} (Sam Carter), kept by {@code doctor} (Amelia Hart): routine
 * calls, a Facebook friend request declined, a box of chocolates accepted and cash refused, and a romantic advance
 * with what was done about it; and one concern for {@code patient2} with {@code doctor2}, so the managers' concern
 * report has more than one provider. Recorded signed in as the doctors themselves, as they would in clinic.
 */
final class ContactLogDemoData implements FeatureDemoData {

	@Override
	public void load(DemoAccounts accounts) {
		recordAs(DemoAccount.DOCTOR, () -> samCartersLog(accounts));
		recordAs(DemoAccount.DOCTOR2, () -> joLindqvistsLog(accounts));
	}

	private static void samCartersLog(DemoAccounts accounts) {
		ContactLogService log = Context.getService(ContactLogService.class);
		Patient sam = accounts.patient(DemoAccount.PATIENT);
		Provider amelia = accounts.provider(DemoAccount.DOCTOR);
		User ameliaUser = accounts.user(DemoAccount.DOCTOR);

		log.saveContactLogEntry(entry(sam, amelia, daysAgo(62), ContactDirection.INBOUND, ContactChannel.CLINIC_PHONE,
		    ContactCategory.ROUTINE, "Rang reception to ask for a repeat prescription of his inhaler."));
		log.saveContactLogEntry(entry(sam, amelia, daysAgo(58), ContactDirection.OUTBOUND, ContactChannel.CLINIC_PHONE,
		    ContactCategory.ROUTINE, "Called back with normal blood test results; no follow-up needed."));

		ContactLogEntry friendRequest = entry(sam, amelia, daysAgo(41), ContactDirection.INBOUND,
		    ContactChannel.SOCIAL_MEDIA, ContactCategory.BOUNDARY_CONCERN,
		    "Friend request from the patient on Dr Hart's personal Facebook account.");
		friendRequest.setStaffUser(ameliaUser);
		friendRequest.setConcernKind(ConcernKind.SOCIAL_MEDIA_CONTACT);
		friendRequest.setSeverity(ConcernSeverity.LOW);
		friendRequest.setActions(EnumSet.of(ActionTaken.DECLINED, ActionTaken.NO_REPLY_ON_PERSONAL_CHANNEL,
		    ActionTaken.PATIENT_TOLD_OF_BOUNDARIES));
		friendRequest.setActionsNote("Request declined without reply; at the next visit the patient was shown the"
		        + " portal and the practice's published boundaries.");
		log.saveContactLogEntry(friendRequest);

		log.saveGiftRecord(gift(sam, amelia, daysAgo(30), "Box of chocolates after his asthma review",
		    GiftKind.CONSUMABLE, "15.00", GiftDecision.ACCEPTED, "A small thank-you; shared with the team."));
		log.saveGiftRecord(gift(sam, amelia, daysAgo(24), "Envelope with cash (about 50 pounds)",
		    GiftKind.CASH_OR_VOUCHER, "50.00", GiftDecision.DECLINED, "Practice policy: cash is always refused."));

		ContactLogEntry advance = entry(sam, amelia, daysAgo(12), ContactDirection.INBOUND,
		    ContactChannel.PERSONAL_PHONE, ContactCategory.BOUNDARY_CONCERN,
		    "Text messages to Dr Hart's personal mobile asking her out for dinner and saying he has feelings for her.");
		advance.setStaffUser(ameliaUser);
		advance.setConcernKind(ConcernKind.ROMANTIC_OR_SEXUAL);
		advance.setSeverity(ConcernSeverity.MEDIUM);
		advance.setActions(EnumSet.of(ActionTaken.NO_REPLY_ON_PERSONAL_CHANNEL, ActionTaken.PATIENT_TOLD_OF_BOUNDARIES,
		    ActionTaken.PRACTICE_MANAGER_INFORMED, ActionTaken.DEFENCE_ORGANISATION_CONTACTED));
		advance.setActionsNote("No reply by text. Patient seen with a chaperone and told politely but firmly that"
		        + " only a professional relationship is possible. Practice manager informed; the defence organisation"
		        + " advised keeping this log and considering a transfer of care if it happens again.");
		advance.setFollowUpDate(DateUtils.addDays(new Date(), 14));
		log.saveContactLogEntry(advance);
	}

	private static void joLindqvistsLog(DemoAccounts accounts) {
		ContactLogEntry calls = entry(accounts.patient(DemoAccount.PATIENT2), accounts.provider(DemoAccount.DOCTOR2),
		    daysAgo(9), ContactDirection.INBOUND, ContactChannel.CLINIC_PHONE, ContactCategory.BOUNDARY_CONCERN,
		    "Eleven calls in one day asking to speak to Dr Mehta personally about non-urgent matters.");
		calls.setConcernKind(ConcernKind.EXCESSIVE_CONTACT);
		calls.setSeverity(ConcernSeverity.LOW);
		calls.setActions(EnumSet.of(ActionTaken.PATIENT_TOLD_OF_BOUNDARIES));
		Context.getService(ContactLogService.class).saveContactLogEntry(calls);
	}

	private static ContactLogEntry entry(Patient patient, Provider provider, Date when, ContactDirection direction,
	        ContactChannel channel, ContactCategory category, String summary) {
		ContactLogEntry entry = new ContactLogEntry();
		entry.setPatient(patient);
		entry.setProvider(provider);
		entry.setOccurredAt(when);
		entry.setDirection(direction);
		entry.setChannel(channel);
		entry.setCategory(category);
		entry.setSummary(summary);
		return entry;
	}

	private static GiftRecord gift(Patient patient, Provider provider, Date offeredOn, String description, GiftKind kind,
	        String value, GiftDecision decision, String reason) {
		GiftRecord gift = new GiftRecord();
		gift.setPatient(patient);
		gift.setRecipientProvider(provider);
		gift.setDonor(GiftDonor.PATIENT);
		gift.setOfferedOn(DateUtils.truncate(offeredOn, Calendar.DATE));
		gift.setDescription(description);
		gift.setKind(kind);
		gift.setEstimatedValue(new BigDecimal(value));
		gift.setCurrency("GBP");
		gift.setDecision(decision);
		gift.setReason(reason);
		return gift;
	}

	private static Date daysAgo(int days) {
		return DateUtils.addHours(DateUtils.addDays(DateUtils.truncate(new Date(), Calendar.DATE), -days), 10);
	}

	/** Signs in as a demo clinician for the work, then back in as the administrator the other demo data expects. */
	private static void recordAs(DemoAccount clinician, Runnable work) {
		Context.authenticate(new UsernamePasswordCredentials(clinician.getUsername(), clinician.getPassword()));
		try {
			work.run();
		}
		finally {
			Context.authenticate(
			    new UsernamePasswordCredentials(Platform.ADMIN_SYSTEM_ID, DemoAccount.ADMIN.getPassword()));
		}
	}
}
