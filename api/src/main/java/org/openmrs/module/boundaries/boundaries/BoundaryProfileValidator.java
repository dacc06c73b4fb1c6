package org.openmrs.module.boundaries.boundaries;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.annotation.Handler;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/** Checks every field of a boundaries draft before it is saved. */
@Handler(supports = { BoundaryProfile.class }, order = 50)
public class BoundaryProfileValidator implements Validator {

	/** The longest usual reply time in working hours: three working weeks of eight hours. */
	public static final int MAX_REPLY_HOURS = 120;

	/** The longest usual reply time in working days. */
	public static final int MAX_REPLY_DAYS = 30;

	@Override
	public boolean supports(Class<?> type) {
		return BoundaryProfile.class.isAssignableFrom(type);
	}

	@Override
	public void validate(Object target, Errors errors) {
		BoundaryProfile profile = (BoundaryProfile) target;
		validateReplyTime(profile, errors);
		validateWorkingHours(profile, errors);
		validateChannelRules(profile.getChannelRules(), errors);
		for (String field : BoundaryProfile.TEXT_FIELDS) {
			checkLength(errors, field, profile.getText(field), BoundaryProfile.maxLength(field));
		}
	}

	private static void validateReplyTime(BoundaryProfile profile, Errors errors) {
		Integer value = profile.getReplyTimeValue();
		ReplyTimeUnit unit = profile.getReplyTimeUnit();
		if (value == null && unit != null) {
			errors.rejectValue("replyTimeValue", "boundaries.error.replyTimeValue.required",
			    "Give the usual reply time as a number, or clear its unit.");
		} else if (value != null && unit == null) {
			errors.rejectValue("replyTimeUnit", "boundaries.error.replyTimeUnit.required",
			    "Choose working hours or working days for the usual reply time.");
		} else if (value != null) {
			int max = unit == ReplyTimeUnit.WORKING_DAYS ? MAX_REPLY_DAYS : MAX_REPLY_HOURS;
			if (value < 1 || value > max) {
				errors.rejectValue("replyTimeValue", "boundaries.error.replyTimeValue.range", new Object[] { max },
				    "The usual reply time must be between 1 and " + max + ".");
			}
		}
	}

	private static void validateWorkingHours(BoundaryProfile profile, Errors errors) {
		if (profile.getWorkingHoursStart() == null && profile.getWorkingHoursEnd() != null) {
			errors.rejectValue("workingHoursStart", "boundaries.error.workingHoursStart.required",
			    "Give the time working hours start, or clear the end time.");
		} else if (profile.getWorkingHoursStart() != null && profile.getWorkingHoursEnd() == null) {
			errors.rejectValue("workingHoursEnd", "boundaries.error.workingHoursEnd.required",
			    "Give the time working hours end, or clear the start time.");
		} else if (profile.getWorkingHoursStart() != null
		        && !profile.getWorkingHoursEnd().isAfter(profile.getWorkingHoursStart())) {
			errors.rejectValue("workingHoursEnd", "boundaries.error.workingHoursEnd.notAfterStart",
			    "Working hours must end after they start.");
		}
	}

	private static void validateChannelRules(List<ChannelRule> rules, Errors errors) {
		Set<Channel> seen = EnumSet.noneOf(Channel.class);
		for (int i = 0; i < rules.size(); i++) {
			ChannelRule rule = rules.get(i);
			String path = "channelRules[" + i + "].";
			if (rule.getChannel() == null) {
				errors.rejectValue(path + "channel", "boundaries.error.channelRules.channel.required",
				    "Each rule needs a channel.");
			} else if (!seen.add(rule.getChannel())) {
				errors.rejectValue(path + "channel", "boundaries.error.channelRules.channel.duplicate",
				    "There is more than one rule for this channel.");
			}
			if (rule.getStance() == null) {
				errors.rejectValue(path + "stance", "boundaries.error.channelRules.stance.required",
				    "Choose welcome, limited or not accepted.");
			} else if (rule.getStance() == ChannelStance.LIMITED && StringUtils.isBlank(rule.getNote())) {
				errors.rejectValue(path + "note", "boundaries.error.channelRules.note.required",
				    "Explain the limits of a limited channel in its note.");
			}
			checkLength(errors, path + "note", rule.getNote(), BoundaryProfile.SHORT_TEXT_LENGTH);
		}
	}

	private static void checkLength(Errors errors, String field, String value, int max) {
		if (value != null && value.length() > max) {
			errors.rejectValue(field, "boundaries.error.text.tooLong", new Object[] { max },
			    "At most " + max + " characters.");
		}
	}
}
