package org.openmrs.module.boundaries.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

public class CoreColumnsTest {

	private static final String GRINNING_FACE = "\uD83D\uDE00";

	@Test
	public void aUuidOfOpenmrsIsAtMost38CharactersCoreCanHold() {
		assertTrue(CoreColumns.couldHoldUuid("c2299800-cca9-11e0-9572-0800200c9a66"));
		assertTrue(CoreColumns.couldHoldUuid("5622AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"));
		assertFalse(CoreColumns.couldHoldUuid("c2299800-cca9-11e0-9572-0800200c9a66-12"));
		assertFalse(CoreColumns.couldHoldUuid("c2299800-cca9-11e0-9572-0800200c9a" + GRINNING_FACE));
		assertFalse(CoreColumns.couldHoldUuid(null));
	}

	@Test
	public void textOfTheBasicMultilingualPlaneIsHeldAndAnEmojiIsNot() {
		assertTrue(CoreColumns.couldHold("Zoë Müller, 王秀英, محمد ‮"));
		assertFalse(CoreColumns.couldHold("thank you " + GRINNING_FACE));
		assertFalse(CoreColumns.couldHold("half a pair \uD83D"));
	}

	@Test
	public void storableTextReplacesEachCharacterCoreCannotHoldWithOneReplacementCharacter() {
		assertEquals("Zoë \uFFFD and \uFFFD, 王", CoreColumns.storable("Zoë " + GRINNING_FACE + " and \uDE00, 王"));
	}
}
