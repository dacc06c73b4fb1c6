package org.openmrs.module.boundaries.boundaries;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.persistence.CascadeType;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.OneToMany;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Immutable;
import org.openmrs.BaseOpenmrsData;
import org.openmrs.Provider;

/**
 * One version of a provider's boundaries, or of the organisation default (no provider). A version is either the
 * provider's single <em>draft</em> or a <em>published</em> version with a number and a publication date.
 * <p>
 * Rows are written once and never updated: the entity is {@link Immutable}, so Hibernate issues no UPDATE for it
 * whatever happens to a loaded object; saving a draft replaces the previous draft row, and publishing inserts a new
 * published row copied from the draft. The setters refuse to touch a published version, so the object in memory
 * cannot drift from the row either. A field left unset (null, or no working days, or no rule for a channel) is
 * inherited from the organisation default when the boundaries are shown.
 */
@Entity
@Table(name = "boundaries_profile", uniqueConstraints = @UniqueConstraint(name = "boundaries_profile_version_uk", columnNames = {
        "provider_id", "version" }))
@Immutable
public class BoundaryProfile extends BaseOpenmrsData {

	private static final long serialVersionUID = 1L;

	/** Longest personal note and reading times, in characters (the columns' size). */
	public static final int SHORT_TEXT_LENGTH = 500;

	/** Longest instructions, topics and policies, in characters (the columns' size). */
	public static final int LONG_TEXT_LENGTH = 1000;

	private static final Map<String, Function<BoundaryProfile, String>> TEXT_GETTERS = textGetters();

	/**
	 * The free-text fields, by the names the REST API and the pages use, in display order. Each is set or inherited
	 * on its own.
	 */
	public static final List<String> TEXT_FIELDS = Collections.unmodifiableList(new ArrayList<>(TEXT_GETTERS.keySet()));

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_profile_id")
	private Integer id;

	/** Null for the organisation default. */
	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "provider_id")
	private Provider provider;

	/** 1, 2, 3... per provider (and for the default) once published; null for a draft. */
	@Column(name = "version")
	private Integer version;

	@Column(name = "date_published")
	private Date publishedDate;

	@OneToMany(mappedBy = "profile", cascade = CascadeType.ALL, orphanRemoval = true)
	private List<ChannelRule> channelRules = new ArrayList<>();

	@Column(name = "reply_time_value")
	private Integer replyTimeValue;

	@Enumerated(EnumType.STRING)
	@Column(name = "reply_time_unit", length = 20)
	private ReplyTimeUnit replyTimeUnit;

	/** Comma-separated {@link DayOfWeek} names, in week order; null when unset. */
	@Column(name = "working_days", length = 60)
	private String workingDays;

	/** ISO HH:mm; null when unset. */
	@Column(name = "working_hours_start", length = 5)
	private String workingHoursStart;

	@Column(name = "working_hours_end", length = 5)
	private String workingHoursEnd;

	@Column(name = "reading_times", length = SHORT_TEXT_LENGTH)
	private String readingTimes;

	@Column(name = "emergency_instructions", length = LONG_TEXT_LENGTH)
	private String emergencyInstructions;

	@Column(name = "out_of_hours_instructions", length = LONG_TEXT_LENGTH)
	private String outOfHoursInstructions;

	@Column(name = "portal_topics", length = LONG_TEXT_LENGTH)
	private String portalTopics;

	@Column(name = "appointment_topics", length = LONG_TEXT_LENGTH)
	private String appointmentTopics;

	@Column(name = "gift_policy", length = LONG_TEXT_LENGTH)
	private String giftPolicy;

	@Column(name = "social_media_policy", length = LONG_TEXT_LENGTH)
	private String socialMediaPolicy;

	@Column(name = "personal_note", length = SHORT_TEXT_LENGTH)
	private String personalNote;

	protected BoundaryProfile() {
	}

	private static Map<String, Function<BoundaryProfile, String>> textGetters() {
		Map<String, Function<BoundaryProfile, String>> getters = new LinkedHashMap<>();
		getters.put("readingTimes", BoundaryProfile::getReadingTimes);
		getters.put("emergencyInstructions", BoundaryProfile::getEmergencyInstructions);
		getters.put("outOfHoursInstructions", BoundaryProfile::getOutOfHoursInstructions);
		getters.put("portalTopics", BoundaryProfile::getPortalTopics);
		getters.put("appointmentTopics", BoundaryProfile::getAppointmentTopics);
		getters.put("giftPolicy", BoundaryProfile::getGiftPolicy);
		getters.put("socialMediaPolicy", BoundaryProfile::getSocialMediaPolicy);
		getters.put("personalNote", BoundaryProfile::getPersonalNote);
		return Collections.unmodifiableMap(getters);
	}

	/** The value of one of the {@link #TEXT_FIELDS} by name. */
	public String getText(String field) {
		Function<BoundaryProfile, String> getter = TEXT_GETTERS.get(field);
		if (getter == null) {
			throw new IllegalArgumentException("Not a text field: " + field);
		}
		return getter.apply(this);
	}

	/** The size of a text field's column. */
	public static int maxLength(String textField) {
		return "readingTimes".equals(textField) || "personalNote".equals(textField) ? SHORT_TEXT_LENGTH
		        : LONG_TEXT_LENGTH;
	}

	/** An empty draft for a provider, or for the organisation default when the provider is null. */
	public static BoundaryProfile draftFor(Provider provider) {
		BoundaryProfile draft = new BoundaryProfile();
		draft.provider = provider;
		return draft;
	}

	/** A new draft with the same provider and content as this version: where the editor starts. */
	public BoundaryProfile copyAsDraft() {
		BoundaryProfile draft = draftFor(provider);
		draft.copyContentFrom(this);
		return draft;
	}

	/** The published version this draft becomes: a new object with the draft's content, number and date. */
	public BoundaryProfile toPublishedVersion(int versionNumber, Date datePublished) {
		requireDraft();
		BoundaryProfile published = draftFor(provider);
		published.copyContentFrom(this);
		published.version = versionNumber;
		published.publishedDate = datePublished;
		return published;
	}

	private void copyContentFrom(BoundaryProfile source) {
		for (ChannelRule rule : source.channelRules) {
			addChannelRule(new ChannelRule(rule.getChannel(), rule.getStance(), rule.getNote()));
		}
		replyTimeValue = source.replyTimeValue;
		replyTimeUnit = source.replyTimeUnit;
		workingDays = source.workingDays;
		workingHoursStart = source.workingHoursStart;
		workingHoursEnd = source.workingHoursEnd;
		readingTimes = source.readingTimes;
		emergencyInstructions = source.emergencyInstructions;
		outOfHoursInstructions = source.outOfHoursInstructions;
		portalTopics = source.portalTopics;
		appointmentTopics = source.appointmentTopics;
		giftPolicy = source.giftPolicy;
		socialMediaPolicy = source.socialMediaPolicy;
		personalNote = source.personalNote;
	}

	private void requireDraft() {
		if (isPublished()) {
			throw new IllegalStateException("Version " + version + " is published and can never change");
		}
	}

	public boolean isPublished() {
		return publishedDate != null;
	}

	public boolean isOrganisationDefault() {
		return provider == null;
	}

	@Override
	public Integer getId() {
		return id;
	}

	@Override
	public void setId(Integer id) {
		requireDraft();
		this.id = id;
	}

	public Provider getProvider() {
		return provider;
	}

	public Integer getVersion() {
		return version;
	}

	public Date getPublishedDate() {
		return publishedDate;
	}

	/** The rules in {@link Channel} order. */
	public List<ChannelRule> getChannelRules() {
		List<ChannelRule> ordered = new ArrayList<>(channelRules);
		ordered.sort((a, b) -> compareChannels(a.getChannel(), b.getChannel()));
		return Collections.unmodifiableList(ordered);
	}

	private static int compareChannels(Channel a, Channel b) {
		return Integer.compare(a == null ? Integer.MAX_VALUE : a.ordinal(), b == null ? Integer.MAX_VALUE : b.ordinal());
	}

	/** The rule for a channel, or null when this version leaves the channel unset. */
	public ChannelRule getChannelRule(Channel channel) {
		return channelRules.stream().filter(rule -> rule.getChannel() == channel).findFirst().orElse(null);
	}

	/** Adds a rule to this draft; the validator refuses two rules for one channel. */
	public void addChannelRule(ChannelRule rule) {
		requireDraft();
		rule.setProfile(this);
		channelRules.add(rule);
	}

	public Integer getReplyTimeValue() {
		return replyTimeValue;
	}

	public ReplyTimeUnit getReplyTimeUnit() {
		return replyTimeUnit;
	}

	public void setReplyTime(Integer value, ReplyTimeUnit unit) {
		requireDraft();
		this.replyTimeValue = value;
		this.replyTimeUnit = unit;
	}

	/** The working days in week order; empty when unset. */
	public Set<DayOfWeek> getWorkingDays() {
		if (workingDays == null || workingDays.isEmpty()) {
			return Collections.emptySet();
		}
		return Collections.unmodifiableSet(Arrays.stream(workingDays.split(",")).map(DayOfWeek::valueOf)
		        .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))));
	}

	/** Sets the working days; null or empty leaves them unset. */
	public void setWorkingDays(Set<DayOfWeek> days) {
		requireDraft();
		if (days == null || days.isEmpty()) {
			this.workingDays = null;
		} else {
			this.workingDays = EnumSet.copyOf(days).stream().map(DayOfWeek::name).collect(Collectors.joining(","));
		}
	}

	public LocalTime getWorkingHoursStart() {
		return workingHoursStart == null ? null : LocalTime.parse(workingHoursStart);
	}

	public LocalTime getWorkingHoursEnd() {
		return workingHoursEnd == null ? null : LocalTime.parse(workingHoursEnd);
	}

	/** Sets the working hours to the minute; both null leaves them unset. */
	public void setWorkingHours(LocalTime start, LocalTime end) {
		requireDraft();
		this.workingHoursStart = format(start);
		this.workingHoursEnd = format(end);
	}

	private static String format(LocalTime time) {
		return time == null ? null : String.format("%02d:%02d", time.getHour(), time.getMinute());
	}

	public String getReadingTimes() {
		return readingTimes;
	}

	public void setReadingTimes(String readingTimes) {
		requireDraft();
		this.readingTimes = readingTimes;
	}

	public String getEmergencyInstructions() {
		return emergencyInstructions;
	}

	public void setEmergencyInstructions(String emergencyInstructions) {
		requireDraft();
		this.emergencyInstructions = emergencyInstructions;
	}

	public String getOutOfHoursInstructions() {
		return outOfHoursInstructions;
	}

	public void setOutOfHoursInstructions(String outOfHoursInstructions) {
		requireDraft();
		this.outOfHoursInstructions = outOfHoursInstructions;
	}

	public String getPortalTopics() {
		return portalTopics;
	}

	public void setPortalTopics(String portalTopics) {
		requireDraft();
		this.portalTopics = portalTopics;
	}

	public String getAppointmentTopics() {
		return appointmentTopics;
	}

	public void setAppointmentTopics(String appointmentTopics) {
		requireDraft();
		this.appointmentTopics = appointmentTopics;
	}

	public String getGiftPolicy() {
		return giftPolicy;
	}

	public void setGiftPolicy(String giftPolicy) {
		requireDraft();
		this.giftPolicy = giftPolicy;
	}

	public String getSocialMediaPolicy() {
		return socialMediaPolicy;
	}

	public void setSocialMediaPolicy(String socialMediaPolicy) {
		requireDraft();
		this.socialMediaPolicy = socialMediaPolicy;
	}

	public String getPersonalNote() {
		return personalNote;
	}

	public void setPersonalNote(String personalNote) {
		requireDraft();
		this.personalNote = personalNote;
	}
}
