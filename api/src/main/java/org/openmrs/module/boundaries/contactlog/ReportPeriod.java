package org.openmrs.module.boundaries.contactlog;

import java.util.Calendar;
import java.util.Date;

import org.apache.commons.lang3.time.DateUtils;
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
		this.fromDate = DateUtils.truncate(fromDate, Calendar.DATE);
		this.toDate = DateUtils.truncate(toDate, Calendar.DATE);
		if (this.toDate.before(this.fromDate)) {
			throw new InvalidRequestException("toDate", "toDate must not be before fromDate");
		}
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
		return DateUtils.addDays(toDate, 1);
	}
}
