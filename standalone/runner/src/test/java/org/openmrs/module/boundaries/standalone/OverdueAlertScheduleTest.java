package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.module.BaseModuleActivator;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.DaemonTokenAware;
import org.openmrs.module.ModuleFactory;
import org.openmrs.module.boundaries.messaging.OverdueAlertSchedule;

/**
 * The demo data has a thread past doctor's reply time. On its schedule, running as the daemon user with the token
 * the platform gives the module, the overdue check alerts doctor through OpenMRS's own alerts, once.
 */
@ExtendWith(RunnerExtension.class)
class OverdueAlertScheduleTest {

	@Test
	void overdueThreadAlertsItsClinicianOnTheSchedule(StandaloneRunner runner) throws Exception {
		int before = alertsOf(DemoAccount.DOCTOR);
		OverdueAlertSchedule schedule = new OverdueAlertSchedule(moduleDaemonToken(), 200, TimeUnit.MILLISECONDS);
		try {
			long deadline = System.currentTimeMillis() + 20_000;
			while (alertsOf(DemoAccount.DOCTOR) == before && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			int afterFirstRuns = alertsOf(DemoAccount.DOCTOR);
			assertTrue(afterFirstRuns > before, "doctor was alerted about the overdue thread");
			Thread.sleep(1000);
			assertTrue(alertsOf(DemoAccount.DOCTOR) == afterFirstRuns, "an overdue thread is alerted only once");
		}
		finally {
			schedule.stop();
		}
	}

	private static int alertsOf(DemoAccount account) throws Exception {
		return Platform.asAdmin(() -> {
			User user = Context.getUserService().getUserByUsername(account.getUsername());
			return Context.getAlertService().getAlerts(user, true, true).size();
		});
	}

	/** The token the platform handed the module's activator, obtained the same way. */
	private static DaemonToken moduleDaemonToken() {
		TokenHolder holder = new TokenHolder();
		ModuleFactory.passDaemonToken("boundaries", holder);
		return holder.token;
	}

	private static final class TokenHolder extends BaseModuleActivator implements DaemonTokenAware {

		private DaemonToken token;

		@Override
		public void setDaemonToken(DaemonToken token) {
			this.token = token;
		}
	}
}
