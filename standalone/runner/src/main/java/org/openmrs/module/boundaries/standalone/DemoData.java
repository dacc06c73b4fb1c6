package org.openmrs.module.boundaries.standalone;

import java.util.Arrays;
import java.util.List;

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

	public void load() throws Exception {
		Platform.asAdmin(() -> {
			DemoAccounts accounts = new AccountsDemoData().load();
			for (FeatureDemoData feature : features()) {
				log.info("Loading demo data: {}", feature.getClass().getSimpleName());
				feature.load(accounts);
			}
			return accounts;
		});
	}
}
