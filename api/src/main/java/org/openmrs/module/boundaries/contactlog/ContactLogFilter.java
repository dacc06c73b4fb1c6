package org.openmrs.module.boundaries.contactlog;

import java.util.Date;

/**
 * Which of a chart's contacts a list shows: optionally one category, one kind of concern, and the days the contact
 * occurred on (from and to, both included, either open).
 */
public final class ContactLogFilter {

	/** Every contact. */
	public static final ContactLogFilter NONE = new ContactLogFilter(null, null, null, null);

	private final ContactCategory category;

	private final ConcernKind concernKind;

	private final Date fromDate;

	private final Date toDate;

	public ContactLogFilter(ContactCategory category, ConcernKind concernKind, Date fromDate, Date toDate) {
		this.category = category;
		this.concernKind = concernKind;
		this.fromDate = Days.start(fromDate);
		this.toDate = Days.start(toDate);
		Days.requireInOrder(this.fromDate, this.toDate);
	}

	/** Contacts of this category only, or null for every category. */
	public ContactCategory getCategory() {
		return category;
	}

	/** Concerns of this kind only, or null for any kind. */
	public ConcernKind getConcernKind() {
		return concernKind;
	}

	/** The first day, at midnight, or null for no lower bound. */
	public Date getFromDate() {
		return fromDate;
	}

	/** Midnight after the last day (contacts occurred before it), or null for no upper bound. */
	public Date getEndExclusive() {
		return Days.after(toDate);
	}
}
