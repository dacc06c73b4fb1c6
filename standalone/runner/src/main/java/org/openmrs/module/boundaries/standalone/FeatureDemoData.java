package org.openmrs.module.boundaries.standalone;

/**
 * One feature's demo data (boundary profiles, portal threads, contact log entries...), loaded through the
 * module's own services after the demo accounts exist, signed in as the administrator. Register an
 * implementation in {@link DemoData#features()}.
 */
public interface FeatureDemoData {

	void load(DemoAccounts accounts) throws Exception;
}
