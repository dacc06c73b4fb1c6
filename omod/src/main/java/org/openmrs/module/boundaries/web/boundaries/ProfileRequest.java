package org.openmrs.module.boundaries.web.boundaries;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.boundaries.BoundaryProfile;
import org.openmrs.module.boundaries.boundaries.ChannelRule;
import org.openmrs.module.boundaries.boundaries.ReplyTimeUnit;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.JsonRequest;

/**
 * Body of {@code PUT /profile/draft}: the whole draft. A field left out, null or blank is unset, and so inherited
 * from the organisation default; a channel without a rule likewise.
 */
public class ProfileRequest extends JsonRequest {

	private static final Pattern TIME = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d");

	private List<ChannelRuleRequest> channelRules = new ArrayList<>();

	private Integer replyTimeValue;

	private ReplyTimeUnit replyTimeUnit;

	private List<DayOfWeek> workingDays = new ArrayList<>();

	private String workingHoursStart;

	private String workingHoursEnd;

	private String readingTimes;

	private String emergencyInstructions;

	private String outOfHoursInstructions;

	private String portalTopics;

	private String appointmentTopics;

	private String giftPolicy;

	private String socialMediaPolicy;

	private String personalNote;

	/** A new draft for the provider (null: the organisation default) with this request's content. */
	public BoundaryProfile toDraft(Provider provider) {
		BoundaryProfile draft = BoundaryProfile.draftFor(provider);
		List<ChannelRuleRequest> rules = channelRules == null ? new ArrayList<>() : channelRules;
		for (int i = 0; i < rules.size(); i++) {
			ChannelRuleRequest rule = rules.get(i);
			if (rule == null) {
				throw new InvalidRequestException("channelRules[" + i + "]", ApiErrors.message("boundaries.error.invalid"));
			}
			if (!rule.unknownFields().isEmpty()) {
				String field = "channelRules[" + i + "]." + rule.unknownFields().get(0);
				throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.unknownField", field));
			}
			draft.addChannelRule(new ChannelRule(rule.getChannel(), rule.getStance(), clean(rule.getNote())));
		}
		draft.setReplyTime(replyTimeValue, replyTimeUnit);
		if (workingDays != null && workingDays.contains(null)) {
			String field = "workingDays[" + workingDays.indexOf(null) + "]";
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.invalid"));
		}
		draft.setWorkingDays(workingDays == null || workingDays.isEmpty() ? null : EnumSet.copyOf(workingDays));
		draft.setWorkingHours(time("workingHoursStart", workingHoursStart), time("workingHoursEnd", workingHoursEnd));
		draft.setReadingTimes(clean(readingTimes));
		draft.setEmergencyInstructions(clean(emergencyInstructions));
		draft.setOutOfHoursInstructions(clean(outOfHoursInstructions));
		draft.setPortalTopics(clean(portalTopics));
		draft.setAppointmentTopics(clean(appointmentTopics));
		draft.setGiftPolicy(clean(giftPolicy));
		draft.setSocialMediaPolicy(clean(socialMediaPolicy));
		draft.setPersonalNote(clean(personalNote));
		return draft;
	}

	private static String clean(String text) {
		return StringUtils.isBlank(text) ? null : text.trim();
	}

	private static LocalTime time(String field, String value) {
		if (StringUtils.isBlank(value)) {
			return null;
		}
		if (!TIME.matcher(value.trim()).matches()) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.time.format", field));
		}
		return LocalTime.parse(value.trim());
	}

	public List<ChannelRuleRequest> getChannelRules() {
		return channelRules;
	}

	public void setChannelRules(List<ChannelRuleRequest> channelRules) {
		this.channelRules = channelRules;
	}

	public Integer getReplyTimeValue() {
		return replyTimeValue;
	}

	public void setReplyTimeValue(Integer replyTimeValue) {
		this.replyTimeValue = replyTimeValue;
	}

	public ReplyTimeUnit getReplyTimeUnit() {
		return replyTimeUnit;
	}

	public void setReplyTimeUnit(ReplyTimeUnit replyTimeUnit) {
		this.replyTimeUnit = replyTimeUnit;
	}

	public List<DayOfWeek> getWorkingDays() {
		return workingDays;
	}

	public void setWorkingDays(List<DayOfWeek> workingDays) {
		this.workingDays = workingDays;
	}

	public String getWorkingHoursStart() {
		return workingHoursStart;
	}

	public void setWorkingHoursStart(String workingHoursStart) {
		this.workingHoursStart = workingHoursStart;
	}

	public String getWorkingHoursEnd() {
		return workingHoursEnd;
	}

	public void setWorkingHoursEnd(String workingHoursEnd) {
		this.workingHoursEnd = workingHoursEnd;
	}

	public String getReadingTimes() {
		return readingTimes;
	}

	public void setReadingTimes(String readingTimes) {
		this.readingTimes = readingTimes;
	}

	public String getEmergencyInstructions() {
		return emergencyInstructions;
	}

	public void setEmergencyInstructions(String emergencyInstructions) {
		this.emergencyInstructions = emergencyInstructions;
	}

	public String getOutOfHoursInstructions() {
		return outOfHoursInstructions;
	}

	public void setOutOfHoursInstructions(String outOfHoursInstructions) {
		this.outOfHoursInstructions = outOfHoursInstructions;
	}

	public String getPortalTopics() {
		return portalTopics;
	}

	public void setPortalTopics(String portalTopics) {
		this.portalTopics = portalTopics;
	}

	public String getAppointmentTopics() {
		return appointmentTopics;
	}

	public void setAppointmentTopics(String appointmentTopics) {
		this.appointmentTopics = appointmentTopics;
	}

	public String getGiftPolicy() {
		return giftPolicy;
	}

	public void setGiftPolicy(String giftPolicy) {
		this.giftPolicy = giftPolicy;
	}

	public String getSocialMediaPolicy() {
		return socialMediaPolicy;
	}

	public void setSocialMediaPolicy(String socialMediaPolicy) {
		this.socialMediaPolicy = socialMediaPolicy;
	}

	public String getPersonalNote() {
		return personalNote;
	}

	public void setPersonalNote(String personalNote) {
		this.personalNote = personalNote;
	}
}
