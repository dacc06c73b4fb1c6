package org.openmrs.module.boundaries.standalone;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;

import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.boundaries.Acknowledgement;
import org.openmrs.module.boundaries.boundaries.AcknowledgementMethod;
import org.openmrs.module.boundaries.boundaries.BoundariesService;
import org.openmrs.module.boundaries.boundaries.BoundaryProfile;
import org.openmrs.module.boundaries.boundaries.Channel;
import org.openmrs.module.boundaries.boundaries.ChannelRule;
import org.openmrs.module.boundaries.boundaries.ChannelStance;
import org.openmrs.module.boundaries.boundaries.ReplyTimeUnit;

/**
 * Provider boundaries: an organisation default; {@code doctor} with a full profile published twice (no social
 * media, portal replies within two working days, no gifts above a small token); {@code doctor2} relying on the
 * default for most fields; {@code patient} has acknowledged {@code doctor}'s current version through the portal,
 * {@code patient2} has not.
 */
public class BoundariesDemoData implements FeatureDemoData {

	private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	@Override
	public void load(DemoAccounts accounts) {
		BoundariesService service = Context.getService(BoundariesService.class);
		publish(service, organisationDefault());
		Provider doctor = accounts.provider(DemoAccount.DOCTOR);
		publish(service, doctor(doctor, 3));
		publish(service, doctor(doctor, 2));
		publish(service, doctor2(accounts.provider(DemoAccount.DOCTOR2)));
		acknowledgeAs(DemoAccount.PATIENT, accounts, doctor, service);
	}

	private static void publish(BoundariesService service, BoundaryProfile draft) {
		service.saveBoundaryProfile(draft);
		service.publishDraft(draft.getProvider());
	}

	/** A patient's acknowledgement is theirs to make: sign in as them, then back as the administrator. */
	private static void acknowledgeAs(DemoAccount account, DemoAccounts accounts, Provider provider,
	        BoundariesService service) {
		Context.authenticate(new UsernamePasswordCredentials(account.getUsername(), account.getPassword()));
		try {
			service.saveAcknowledgement(new Acknowledgement(accounts.patient(account), provider, AcknowledgementMethod.PORTAL));
		}
		finally {
			Context.authenticate(new UsernamePasswordCredentials(DemoAccount.ADMIN.getUsername(),
			        DemoAccount.ADMIN.getPassword()));
		}
	}

	private static void rule(BoundaryProfile profile, Channel channel, ChannelStance stance, String note) {
		profile.addChannelRule(new ChannelRule(channel, stance, note));
	}

	private static BoundaryProfile organisationDefault() {
		BoundaryProfile profile = BoundaryProfile.draftFor(null);
		rule(profile, Channel.PORTAL, ChannelStance.WELCOME, null);
		rule(profile, Channel.CLINIC_PHONE, ChannelStance.WELCOME, "Reception: 01632 960 000, 8:30 to 18:00");
		rule(profile, Channel.PERSONAL_PHONE, ChannelStance.NOT_ACCEPTED, "Staff never give out personal numbers.");
		rule(profile, Channel.EMAIL, ChannelStance.LIMITED, "Reception only, for appointments and letters.");
		rule(profile, Channel.SMS, ChannelStance.LIMITED, "Appointment reminders only; texts are not read.");
		rule(profile, Channel.VIDEO, ChannelStance.LIMITED, "Booked video consultations only.");
		rule(profile, Channel.SOCIAL_MEDIA, ChannelStance.NOT_ACCEPTED, "Staff do not connect with patients online.");
		rule(profile, Channel.MEETING_OUTSIDE_CLINIC, ChannelStance.NOT_ACCEPTED, null);
		profile.setReplyTime(3, ReplyTimeUnit.WORKING_DAYS);
		profile.setWorkingDays(WEEKDAYS);
		profile.setWorkingHours(LocalTime.of(8, 30), LocalTime.of(18, 0));
		profile.setReadingTimes("Portal messages are read on working days.");
		profile.setEmergencyInstructions("Call 999. Never use the portal or email in an emergency.");
		profile.setOutOfHoursInstructions("Call 111 for urgent advice when the practice is closed.");
		profile.setPortalTopics("Non-urgent questions, repeat prescriptions, questions about test results, letters.");
		profile.setAppointmentTopics("New symptoms, anything that needs an examination, sick notes.");
		profile.setGiftPolicy("Staff may accept small tokens of thanks. Cash, vouchers and valuable gifts are declined.");
		profile.setSocialMediaPolicy("Staff do not accept friend or follow requests from patients.");
		return profile;
	}

	/** Everything set; the first version promised three working days, the second two. */
	private static BoundaryProfile doctor(Provider provider, int replyDays) {
		BoundaryProfile profile = BoundaryProfile.draftFor(provider);
		rule(profile, Channel.PORTAL, ChannelStance.WELCOME, "The best way to reach me for anything non-urgent.");
		rule(profile, Channel.CLINIC_PHONE, ChannelStance.LIMITED, "Leave a message with reception; I call back the same day.");
		rule(profile, Channel.PERSONAL_PHONE, ChannelStance.NOT_ACCEPTED, null);
		rule(profile, Channel.EMAIL, ChannelStance.NOT_ACCEPTED, "Please use the portal instead.");
		rule(profile, Channel.SMS, ChannelStance.NOT_ACCEPTED, null);
		rule(profile, Channel.VIDEO, ChannelStance.LIMITED, "Booked video consultations only.");
		rule(profile, Channel.SOCIAL_MEDIA, ChannelStance.NOT_ACCEPTED,
		    "I do not accept friend requests or messages from patients on any social network.");
		rule(profile, Channel.MEETING_OUTSIDE_CLINIC, ChannelStance.NOT_ACCEPTED, null);
		profile.setReplyTime(replyDays, ReplyTimeUnit.WORKING_DAYS);
		profile.setWorkingDays(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY));
		profile.setWorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
		profile.setReadingTimes("At 8:30 and 13:30 on the days I work.");
		profile.setEmergencyInstructions("Call 999. I may not see a portal message for two days.");
		profile.setOutOfHoursInstructions("Call 111. I do not read messages in the evening or at weekends.");
		profile.setPortalTopics("Repeat prescriptions, follow-up questions after a consultation, test results.");
		profile.setAppointmentTopics("New or worsening symptoms, anything you would like me to examine.");
		profile.setGiftPolicy("I cannot accept gifts worth more than a small token (about £10). A card is always welcome.");
		profile.setSocialMediaPolicy("My social media is private and I will not reply to patients there.");
		profile.setPersonalNote("I want to give you my full attention in clinic and a reliable reply on the portal. "
		        + "Thank you for helping me do both.");
		return profile;
	}

	/** Mostly the organisation default: only part-time days and a note of their own. */
	private static BoundaryProfile doctor2(Provider provider) {
		BoundaryProfile profile = BoundaryProfile.draftFor(provider);
		profile.setWorkingDays(EnumSet.of(DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY));
		profile.setPersonalNote("I work on Wednesdays and Fridays; my colleagues cover the other days.");
		return profile;
	}
}
