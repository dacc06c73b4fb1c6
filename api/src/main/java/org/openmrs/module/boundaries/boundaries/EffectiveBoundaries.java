package org.openmrs.module.boundaries.boundaries;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.openmrs.Provider;

/**
 * The boundaries a patient sees for one provider: the provider's published version merged field by field with the
 * organisation default's published version. A field the provider left unset comes from the default and
 * {@link #isInherited(String)} says so. Immutable; it holds copies, not the versions themselves.
 * <p>
 * Field names, as the REST API and the pages spell them: {@value #REPLY_TIME}, {@value #WORKING_DAYS},
 * {@value #WORKING_HOURS}, {@code readingTimes}, {@code emergencyInstructions}, {@code outOfHoursInstructions},
 * {@code portalTopics}, {@code appointmentTopics}, {@code giftPolicy}, {@code socialMediaPolicy},
 * {@code personalNote}, and {@code channelRule.<CHANNEL>} for each channel. The getters' names are accepted too
 * ({@code replyTimeValue}, {@code workingHoursStart}...).
 */
public final class EffectiveBoundaries {

	public static final String REPLY_TIME = "replyTime";

	public static final String WORKING_DAYS = "workingDays";

	public static final String WORKING_HOURS = "workingHours";

	public static final String CHANNEL_RULE_PREFIX = "channelRule.";

	private final Provider provider;

	private final Integer version;

	private final String profileUuid;

	private final Date publishedDate;

	private final boolean preview;

	private final Integer defaultVersion;

	private final String defaultProfileUuid;

	private final Map<Channel, ChannelRule> channelRules = new EnumMap<>(Channel.class);

	private final Integer replyTimeValue;

	private final ReplyTimeUnit replyTimeUnit;

	private final Set<DayOfWeek> workingDays;

	private final LocalTime workingHoursStart;

	private final LocalTime workingHoursEnd;

	private final Map<String, String> texts = new HashMap<>();

	private final Set<String> inherited = new LinkedHashSet<>();

	/**
	 * Merges a provider's version (published, or a draft for a preview; null when they have none) with the
	 * organisation default's published version (null when there is none). For the organisation default itself, pass
	 * it as {@code own} with no provider and no default.
	 */
	public static EffectiveBoundaries merge(Provider provider, BoundaryProfile own, BoundaryProfile organisationDefault) {
		return new EffectiveBoundaries(provider, own, organisationDefault);
	}

	private EffectiveBoundaries(Provider provider, BoundaryProfile own, BoundaryProfile organisationDefault) {
		this.provider = provider;
		this.version = own == null ? null : own.getVersion();
		this.profileUuid = own == null ? null : own.getUuid();
		this.publishedDate = own == null ? null : own.getPublishedDate();
		this.preview = own != null && !own.isPublished();

		for (Channel channel : Channel.values()) {
			ChannelRule rule = pick(CHANNEL_RULE_PREFIX + channel.name(), own, organisationDefault,
			    profile -> profile.getChannelRule(channel));
			if (rule != null) {
				channelRules.put(channel, new ChannelRule(channel, rule.getStance(), rule.getNote()));
			}
		}
		BoundaryProfile replyTime = pick(REPLY_TIME, own, organisationDefault,
		    profile -> profile.getReplyTimeValue() == null ? null : profile);
		this.replyTimeValue = replyTime == null ? null : replyTime.getReplyTimeValue();
		this.replyTimeUnit = replyTime == null ? null : replyTime.getReplyTimeUnit();
		Set<DayOfWeek> days = pick(WORKING_DAYS, own, organisationDefault,
		    profile -> profile.getWorkingDays().isEmpty() ? null : profile.getWorkingDays());
		this.workingDays = days == null ? Collections.emptySet() : days;
		BoundaryProfile hours = pick(WORKING_HOURS, own, organisationDefault,
		    profile -> profile.getWorkingHoursStart() == null ? null : profile);
		this.workingHoursStart = hours == null ? null : hours.getWorkingHoursStart();
		this.workingHoursEnd = hours == null ? null : hours.getWorkingHoursEnd();
		for (String field : BoundaryProfile.TEXT_FIELDS) {
			texts.put(field, pick(field, own, organisationDefault, profile -> profile.getText(field)));
		}

		boolean usesDefault = !inherited.isEmpty();
		this.defaultVersion = usesDefault ? organisationDefault.getVersion() : null;
		this.defaultProfileUuid = usesDefault ? organisationDefault.getUuid() : null;
	}

	/** The provider's value when set, else the default's (noting the field as inherited), else null. */
	private <T> T pick(String field, BoundaryProfile own, BoundaryProfile organisationDefault,
	        Function<BoundaryProfile, T> value) {
		T ownValue = own == null ? null : value.apply(own);
		if (ownValue != null) {
			return ownValue;
		}
		T defaultValue = organisationDefault == null ? null : value.apply(organisationDefault);
		if (defaultValue != null) {
			inherited.add(field);
		}
		return defaultValue;
	}

	/** The provider these boundaries are for; null for the organisation default shown on its own. */
	public Provider getProvider() {
		return provider;
	}

	/** The provider's published version number; null when they have none (or for a draft preview). */
	public Integer getVersion() {
		return version;
	}

	/** The uuid of the provider's version shown; null when they have none. */
	public String getProfileUuid() {
		return profileUuid;
	}

	public Date getPublishedDate() {
		return publishedDate;
	}

	/** True when this shows a draft, as the patient would see it once published. */
	public boolean isPreview() {
		return preview;
	}

	/** The organisation default's version merged in; null when nothing was inherited. */
	public Integer getDefaultVersion() {
		return defaultVersion;
	}

	public String getDefaultProfileUuid() {
		return defaultProfileUuid;
	}

	/** True when there is anything to show: a published version of the provider's own or of the default. */
	public boolean hasBoundaries() {
		return (profileUuid != null && !preview) || defaultProfileUuid != null;
	}

	/** The rule for a channel (a copy, attached to no profile), or null when neither version sets one. */
	public ChannelRule getChannelRule(Channel channel) {
		return channelRules.get(channel);
	}

	/** The stance for a channel, or null when neither version sets one. */
	public ChannelStance getChannelStance(Channel channel) {
		ChannelRule rule = channelRules.get(channel);
		return rule == null ? null : rule.getStance();
	}

	public Integer getReplyTimeValue() {
		return replyTimeValue;
	}

	public ReplyTimeUnit getReplyTimeUnit() {
		return replyTimeUnit;
	}

	/** Empty when neither version sets them: then every day counts. */
	public Set<DayOfWeek> getWorkingDays() {
		return workingDays;
	}

	public LocalTime getWorkingHoursStart() {
		return workingHoursStart;
	}

	public LocalTime getWorkingHoursEnd() {
		return workingHoursEnd;
	}

	public String getReadingTimes() {
		return texts.get("readingTimes");
	}

	public String getEmergencyInstructions() {
		return texts.get("emergencyInstructions");
	}

	public String getOutOfHoursInstructions() {
		return texts.get("outOfHoursInstructions");
	}

	public String getPortalTopics() {
		return texts.get("portalTopics");
	}

	public String getAppointmentTopics() {
		return texts.get("appointmentTopics");
	}

	public String getGiftPolicy() {
		return texts.get("giftPolicy");
	}

	public String getSocialMediaPolicy() {
		return texts.get("socialMediaPolicy");
	}

	public String getPersonalNote() {
		return texts.get("personalNote");
	}

	/** The value of a free-text field by its name (one of {@link BoundaryProfile#TEXT_FIELDS}). */
	public String getText(String field) {
		if (!texts.containsKey(field)) {
			throw new IllegalArgumentException("Not a text field: " + field);
		}
		return texts.get(field);
	}

	/** True when the field's value comes from the organisation default. */
	public boolean isInherited(String field) {
		return inherited.contains(canonical(field));
	}

	public boolean isInherited(Channel channel) {
		return inherited.contains(CHANNEL_RULE_PREFIX + channel.name());
	}

	/** The names of every inherited field, in display order. */
	public Set<String> getInheritedFields() {
		return Collections.unmodifiableSet(inherited);
	}

	private static String canonical(String field) {
		if (field == null) {
			throw new IllegalArgumentException("No field named");
		}
		switch (field) {
			case REPLY_TIME:
			case "replyTimeValue":
			case "replyTimeUnit":
				return REPLY_TIME;
			case WORKING_HOURS:
			case "workingHoursStart":
			case "workingHoursEnd":
				return WORKING_HOURS;
			case WORKING_DAYS:
				return WORKING_DAYS;
			default:
				if (BoundaryProfile.TEXT_FIELDS.contains(field)) {
					return field;
				}
				if (field.startsWith(CHANNEL_RULE_PREFIX)) {
					return CHANNEL_RULE_PREFIX + Channel.valueOf(field.substring(CHANNEL_RULE_PREFIX.length())).name();
				}
				throw new IllegalArgumentException("Not a boundaries field: " + field);
		}
	}

	/**
	 * When a reply to a message sent at {@code sentAt} is due: the usual reply time counted in working time (working
	 * hours of working days; every day when no working days are set, the whole day when no hours are). A reply time
	 * in working days counts that many working days' worth of working hours. Null when no reply time is set. Server
	 * default time zone.
	 */
	public Date replyDueBy(Date sentAt) {
		if (replyTimeValue == null || sentAt == null) {
			return null;
		}
		WorkingTime workingTime = workingTime();
		Duration amount = replyTimeUnit == ReplyTimeUnit.WORKING_DAYS ? workingTime.dayLength().multipliedBy(replyTimeValue)
		        : Duration.ofHours(replyTimeValue);
		return Date.from(workingTime.addWorkingTime(sentAt.toInstant().atZone(ZoneId.systemDefault()), amount).toInstant());
	}

	/**
	 * True when a moment falls outside the working days and hours. Never true when neither is set. Server default
	 * time zone.
	 */
	public boolean isOutOfHours(Date at) {
		if (workingDays.isEmpty() && workingHoursStart == null) {
			return false;
		}
		return !workingTime().isWorkingTime(at.toInstant().atZone(ZoneId.systemDefault()));
	}

	private WorkingTime workingTime() {
		return new WorkingTime(workingDays, workingHoursStart, workingHoursEnd, ZoneId.systemDefault());
	}
}
