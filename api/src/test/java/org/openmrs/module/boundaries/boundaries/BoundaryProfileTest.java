package org.openmrs.module.boundaries.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Date;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.openmrs.Provider;

public class BoundaryProfileTest {

	@Test
	public void aPublishedVersionRefusesEveryChange() {
		BoundaryProfile published = BoundaryProfile.draftFor(new Provider(1)).toPublishedVersion(1, new Date());
		assertThrows(IllegalStateException.class, () -> published.setGiftPolicy("changed"));
		assertThrows(IllegalStateException.class, () -> published.setReplyTime(1, ReplyTimeUnit.WORKING_DAYS));
		assertThrows(IllegalStateException.class,
		    () -> published.addChannelRule(new ChannelRule(Channel.EMAIL, ChannelStance.WELCOME, null)));
		assertThrows(IllegalStateException.class, () -> published.toPublishedVersion(2, new Date()));
	}

	@Test
	public void publishingCopiesTheDraftIntoANewVersion() {
		BoundaryProfile draft = BoundaryProfile.draftFor(new Provider(1));
		draft.setWorkingDays(EnumSet.of(DayOfWeek.FRIDAY, DayOfWeek.MONDAY));
		draft.setWorkingHours(LocalTime.of(8, 30), LocalTime.of(16, 0));
		draft.addChannelRule(new ChannelRule(Channel.EMAIL, ChannelStance.LIMITED, "Admin only"));
		BoundaryProfile published = draft.toPublishedVersion(3, new Date());
		assertTrue(published.isPublished());
		assertEquals(Integer.valueOf(3), published.getVersion());
		assertNotEquals(draft.getUuid(), published.getUuid());
		assertEquals(EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), published.getWorkingDays());
		assertEquals(LocalTime.of(8, 30), published.getWorkingHoursStart());
		assertEquals("Admin only", published.getChannelRule(Channel.EMAIL).getNote());
		assertEquals(published, published.getChannelRule(Channel.EMAIL).getProfile());
	}

	@Test
	public void aDraftOfAPublishedVersionCanBeEditedWithoutTouchingIt() {
		BoundaryProfile draft = BoundaryProfile.draftFor(null);
		draft.setGiftPolicy("before");
		BoundaryProfile published = draft.toPublishedVersion(1, new Date());
		BoundaryProfile next = published.copyAsDraft();
		next.setGiftPolicy("after");
		assertEquals("before", published.getGiftPolicy());
		assertEquals("after", next.getGiftPolicy());
	}
}
