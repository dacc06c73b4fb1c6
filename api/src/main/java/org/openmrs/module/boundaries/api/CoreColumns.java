package org.openmrs.module.boundaries.api;

/**
 * What core's tables can hold, checked before a value from a request is looked up in them. On MySQL and MariaDB core's
 * tables are utf8mb3 (OpenMRS's installer creates its database with {@code DEFAULT CHARACTER SET utf8}), and comparing
 * one of their columns with a character beyond Unicode's Basic Multilingual Plane, such as an emoji, is an error there
 * ("Illegal mix of collations"), not a miss, and storing one fails ("Incorrect string value"). A value core cannot
 * hold matches nothing, so it is not asked for; a text the module writes into core's tables is made storable.
 */
public final class CoreColumns {

	/** Core's uuid columns are char(38). */
	private static final int UUID_LENGTH = 38;

	/** What stands for a character core's tables cannot hold. */
	private static final int REPLACEMENT_CHARACTER = 0xFFFD;

	private CoreColumns() {
	}

	/** Whether some object of OpenMRS could have this uuid. */
	public static boolean couldHoldUuid(String value) {
		return value != null && value.length() <= UUID_LENGTH && couldHold(value);
	}

	/** Whether core's text columns could hold every character of this text. */
	public static boolean couldHold(String text) {
		return text.codePoints().allMatch(CoreColumns::holds);
	}

	/** The text with each character core's text columns cannot hold replaced by U+FFFD. */
	public static String storable(String text) {
		StringBuilder storable = new StringBuilder(text.length());
		text.codePoints().forEach(c -> storable.appendCodePoint(holds(c) ? c : REPLACEMENT_CHARACTER));
		return storable.toString();
	}

	/** utf8mb3 holds the Basic Multilingual Plane; a lone surrogate is no character at all. */
	private static boolean holds(int codePoint) {
		return Character.isBmpCodePoint(codePoint) && !Character.isSurrogate((char) codePoint);
	}
}
