package org.openmrs.module.boundaries.contactlog;

/** How serious a boundary concern is, as judged by whoever logged it. */
public enum ConcernSeverity {
	LOW, MEDIUM, HIGH
}
