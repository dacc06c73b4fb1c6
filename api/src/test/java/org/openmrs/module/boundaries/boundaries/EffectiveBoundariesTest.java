package org.openmrs.module.boundaries.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.EnumSet;
import java.util.TimeZone;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.Provider;

/** Merging a provider's version with the organisation default, and counting reply times in working time. */
public class EffectiveBoundariesTest {

	private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	private final Provider provider = new Provider(7);

	private TimeZone serverZone;

	@BeforeEach
	public void runInUtc() {
		serverZone = TimeZone.getDefault();
		TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
	}

	@AfterEach
	public void restoreZone() {
		TimeZone.setDefault(serverZone);
	}

	private static BoundaryProfile published(BoundaryProfile draft, int version) {
		return draft.toPublishedVersion(version, new Date());
	}

	private static BoundaryProfile organisationDefault() {
		BoundaryProfile draft = BoundaryProfile.draftFor(null);
		draft.addChannelRule(new ChannelRule(Channel.PORTAL, ChannelStance.WELCOME, null));
		draft.addChannelRule(new ChannelRule(Channel.SOCIAL_MEDIA, ChannelStance.NOT_ACCEPTED, "Never"));
		draft.setReplyTime(3, ReplyTimeUnit.WORKING_DAYS);
		draft.setWorkingDays(WEEKDAYS);
		draft.setWorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
		draft.setGiftPolicy("No gifts over 20 pounds");
		draft.setEmergencyInstructions("Call 999");
		return published(draft, 4);
	}

	private static Date at(int day, int hour, int minute) {
		return Date.from(LocalDateTime.of(2026, 3, day, hour, minute).atZone(ZoneId.of("UTC")).toInstant());
	}

	private EffectiveBoundaries workingWeek(int replyValue, ReplyTimeUnit unit) {
		BoundaryProfile draft = BoundaryProfile.draftFor(provider);
		draft.setReplyTime(replyValue, unit);
		draft.setWorkingDays(WEEKDAYS);
		draft.setWorkingHours(LocalTime.of(9, 0), LocalTime.of(17, 0));
		return EffectiveBoundaries.merge(provider, published(draft, 1), null);
	}

	@Test
	public void aFieldTheProviderSetsWinsOverTheDefault() {
		BoundaryProfile own = BoundaryProfile.draftFor(provider);
		own.setGiftPolicy("Small home-made gifts only");
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, published(own, 2), organisationDefault());
		assertEquals("Small home-made gifts only", boundaries.getGiftPolicy());
		assertFalse(boundaries.isInherited("giftPolicy"));
	}

	@Test
	public void aFieldTheProviderLeavesUnsetComesFromTheDefaultAndSaysSo() {
		BoundaryProfile own = BoundaryProfile.draftFor(provider);
		own.setGiftPolicy("Small home-made gifts only");
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, published(own, 2), organisationDefault());
		assertEquals("Call 999", boundaries.getEmergencyInstructions());
		assertTrue(boundaries.isInherited("emergencyInstructions"));
		assertTrue(boundaries.getInheritedFields().contains("emergencyInstructions"));
	}

	@Test
	public void aChannelWithoutItsOwnRuleTakesTheDefaultsRule() {
		BoundaryProfile own = BoundaryProfile.draftFor(provider);
		own.addChannelRule(new ChannelRule(Channel.PORTAL, ChannelStance.LIMITED, "Repeat prescriptions only"));
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, published(own, 1), organisationDefault());
		assertEquals(ChannelStance.LIMITED, boundaries.getChannelStance(Channel.PORTAL));
		assertEquals("Repeat prescriptions only", boundaries.getChannelRule(Channel.PORTAL).getNote());
		assertFalse(boundaries.isInherited(Channel.PORTAL));
		assertEquals(ChannelStance.NOT_ACCEPTED, boundaries.getChannelStance(Channel.SOCIAL_MEDIA));
		assertTrue(boundaries.isInherited("channelRule.SOCIAL_MEDIA"));
		assertNull(boundaries.getChannelRule(Channel.VIDEO));
	}

	@Test
	public void replyTimeValueAndUnitAreInheritedTogether() {
		BoundaryProfile own = BoundaryProfile.draftFor(provider);
		own.setPersonalNote("Hello");
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, published(own, 1), organisationDefault());
		assertEquals(Integer.valueOf(3), boundaries.getReplyTimeValue());
		assertEquals(ReplyTimeUnit.WORKING_DAYS, boundaries.getReplyTimeUnit());
		assertTrue(boundaries.isInherited("replyTimeValue"));
		assertTrue(boundaries.isInherited("replyTimeUnit"));
		assertTrue(boundaries.isInherited(EffectiveBoundaries.REPLY_TIME));
		assertTrue(boundaries.isInherited("workingHoursStart"));
	}

	@Test
	public void aProviderWithoutAPublishedVersionGetsTheDefault() {
		BoundaryProfile organisationDefault = organisationDefault();
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, null, organisationDefault);
		assertNull(boundaries.getVersion());
		assertNull(boundaries.getProfileUuid());
		assertEquals(Integer.valueOf(4), boundaries.getDefaultVersion());
		assertEquals(organisationDefault.getUuid(), boundaries.getDefaultProfileUuid());
		assertEquals("No gifts over 20 pounds", boundaries.getGiftPolicy());
		assertTrue(boundaries.hasBoundaries());
	}

	@Test
	public void aProfileThatSetsEverythingTheDefaultSetsDoesNotDependOnTheDefaultsVersion() {
		BoundaryProfile own = BoundaryProfile.draftFor(provider);
		own.addChannelRule(new ChannelRule(Channel.PORTAL, ChannelStance.WELCOME, null));
		own.addChannelRule(new ChannelRule(Channel.SOCIAL_MEDIA, ChannelStance.NOT_ACCEPTED, null));
		own.setReplyTime(2, ReplyTimeUnit.WORKING_DAYS);
		own.setWorkingDays(EnumSet.of(DayOfWeek.MONDAY));
		own.setWorkingHours(LocalTime.of(8, 0), LocalTime.of(12, 0));
		own.setGiftPolicy("None");
		own.setEmergencyInstructions("Call 112");
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, published(own, 3), organisationDefault());
		assertEquals(Integer.valueOf(3), boundaries.getVersion());
		assertNull(boundaries.getDefaultVersion());
		assertTrue(boundaries.getInheritedFields().isEmpty());
	}

	@Test
	public void noPublishedVersionAnywhereMeansNoBoundaries() {
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, null, null);
		assertFalse(boundaries.hasBoundaries());
		assertNull(boundaries.getGiftPolicy());
		assertTrue(boundaries.getWorkingDays().isEmpty());
	}

	@Test
	public void aDraftShownAsAPreviewHasNoVersionYet() {
		BoundaryProfile draft = BoundaryProfile.draftFor(provider);
		draft.setPersonalNote("Draft note");
		EffectiveBoundaries preview = EffectiveBoundaries.merge(provider, draft, organisationDefault());
		assertTrue(preview.isPreview());
		assertNull(preview.getVersion());
		assertEquals("Draft note", preview.getPersonalNote());
	}

	@Test
	public void anUnknownFieldNameIsRefused() {
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, null, organisationDefault());
		assertThrows(IllegalArgumentException.class, () -> boundaries.isInherited("favouriteColour"));
	}

	@Test
	public void twoWorkingDaysFromMondayMorningIsWednesdayMorning() {
		assertEquals(at(4, 10, 0), workingWeek(2, ReplyTimeUnit.WORKING_DAYS).replyDueBy(at(2, 10, 0)));
	}

	@Test
	public void aMessageSentOnSaturdayStartsCountingWhenMondaysHoursBegin() {
		assertEquals(at(9, 13, 0), workingWeek(4, ReplyTimeUnit.WORKING_HOURS).replyDueBy(at(7, 11, 30)));
	}

	@Test
	public void workingHoursCarryOverTheWeekend() {
		// Friday 6 March 16:00 + 2 working hours: one on Friday, one on Monday
		assertEquals(at(9, 10, 0), workingWeek(2, ReplyTimeUnit.WORKING_HOURS).replyDueBy(at(6, 16, 0)));
	}

	@Test
	public void aMessageSentInTheEveningStartsCountingNextMorning() {
		assertEquals(at(3, 12, 0), workingWeek(3, ReplyTimeUnit.WORKING_HOURS).replyDueBy(at(2, 19, 45)));
	}

	@Test
	public void aReplyDueExactlyAtTheEndOfTheDayIsDueThen() {
		assertEquals(at(2, 17, 0), workingWeek(8, ReplyTimeUnit.WORKING_HOURS).replyDueBy(at(2, 9, 0)));
	}

	@Test
	public void withoutAWorkingScheduleReplyTimeCountsCalendarHours() {
		BoundaryProfile draft = BoundaryProfile.draftFor(provider);
		draft.setReplyTime(5, ReplyTimeUnit.WORKING_HOURS);
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, published(draft, 1), null);
		assertEquals(at(7, 3, 0), boundaries.replyDueBy(at(6, 22, 0)));
	}

	@Test
	public void withoutAReplyTimeNothingIsDue() {
		EffectiveBoundaries boundaries = EffectiveBoundaries.merge(provider, null, null);
		assertNull(boundaries.replyDueBy(at(2, 10, 0)));
	}

	@Test
	public void outOfHoursIsOutsideTheWorkingHoursOfAWorkingDay() {
		EffectiveBoundaries boundaries = workingWeek(1, ReplyTimeUnit.WORKING_DAYS);
		assertFalse(boundaries.isOutOfHours(at(3, 9, 0)));
		assertFalse(boundaries.isOutOfHours(at(3, 16, 59)));
		assertTrue(boundaries.isOutOfHours(at(3, 17, 0)));
		assertTrue(boundaries.isOutOfHours(at(3, 8, 59)));
	}

	@Test
	public void theWeekendIsOutOfHours() {
		assertTrue(workingWeek(1, ReplyTimeUnit.WORKING_DAYS).isOutOfHours(at(7, 11, 0)));
	}

	@Test
	public void withoutAWorkingScheduleNothingIsOutOfHours() {
		assertFalse(EffectiveBoundaries.merge(provider, null, null).isOutOfHours(at(7, 3, 0)));
	}
}
