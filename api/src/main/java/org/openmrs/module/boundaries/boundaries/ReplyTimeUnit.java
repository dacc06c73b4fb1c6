package org.openmrs.module.boundaries.boundaries;

/** How a usual reply time is counted: in the provider's working hours, or in whole working days. */
public enum ReplyTimeUnit {
	WORKING_HOURS,
	WORKING_DAYS
}
