package org.openmrs.module.boundaries.contactlog;

import java.util.Date;

import org.openmrs.module.boundaries.api.InvalidRequestException;

/** The days a manager's report covers, both included. */
public final class ReportPeriod {

	private final Date fromDate;

	private final Date toDate;

	public ReportPeriod(Date fromDate, Date toDate) {
		if (fromDate == null) {
			throw new InvalidRequestException("fromDate", "fromDate is required");
		}
		if (toDate == null) {
			throw new InvalidRequestException("toDate", "toDate is required");
		}
		this.fromDate = Days.start(fromDate);
		this.toDate = Days.start(toDate);
		Days.requireInOrder(this.fromDate, this.toDate);
	}

	/** The first day, at midnight. */
	public Date getFromDate() {
		return fromDate;
	}

	/** The last day, at midnight. */
	public Date getToDate() {
		return toDate;
	}

	/** Midnight after the last day: instants in the period are before it. */
	public Date getEndExclusive() {
		return Days.after(toDate);
	}
}
