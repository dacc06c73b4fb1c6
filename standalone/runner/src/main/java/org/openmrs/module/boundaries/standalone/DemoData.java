package org.openmrs.module.boundaries.standalone;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;

import org.openmrs.Patient;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything a standalone start has to show: the demo accounts first, then each feature's own data in
 * the order listed in {@link #features()}. All of it goes through the platform's and the module's
 * services, signed in as the administrator, so it is validated, audited and hashed like real data.
 */
public final class DemoData {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	/** Each feature adds its class here, e.g. {@code new BoundariesDemoData(), new MessagingDemoData()}. */
	static List<FeatureDemoData> features() {
		return Arrays.asList(new BoundariesDemoData(), new ContactLogDemoData(), new MessagingDemoData());
	}

	private final BiConsumer<DemoAccount, Patient> beforeSavingPatient;

	/** For the standalone platform, which saves a patient as it is. */
	public DemoData() {
		this((account, patient) -> {
		});
	}

	/**
	 * For a platform that requires more of a new patient (a real OpenMRS requires an identifier).
	 *
	 * @param beforeSavingPatient completes each demo patient before it is saved
	 */
	public DemoData(BiConsumer<DemoAccount, Patient> beforeSavingPatient) {
		this.beforeSavingPatient = beforeSavingPatient;
	}

	public void load() throws Exception {
		Platform.asAdmin(() -> {
			DemoAccounts accounts = new AccountsDemoData(beforeSavingPatient).load();
			for (FeatureDemoData feature : features()) {
				log.info("Loading demo data: {}", feature.getClass().getSimpleName());
				feature.load(accounts);
			}
			return accounts;
		});
	}
}
