package org.openmrs.module.boundaries.contactlog;

import org.openmrs.Patient;

/** A row of the log that belongs to one patient's chart: the rules about who may reach it start from that patient. */
interface ChartRow {

	Patient getPatient();
}
