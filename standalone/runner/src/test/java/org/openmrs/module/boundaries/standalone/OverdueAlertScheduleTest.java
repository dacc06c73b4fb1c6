package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.module.BaseModuleActivator;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.DaemonTokenAware;
import org.openmrs.module.ModuleFactory;
import org.openmrs.module.boundaries.boundaries.BoundariesService;
import org.openmrs.module.boundaries.messaging.MessagingService;
import org.openmrs.module.boundaries.messaging.OverdueAlertSchedule;
import org.openmrs.module.boundaries.messaging.PortalThread;
import org.openmrs.module.boundaries.messaging.ThreadCategory;

/**
 * A thread past doctor2's reply time: on its schedule, running as the daemon user with the token the platform gives
 * the module, the overdue check alerts doctor2 through OpenMRS's own alerts, once. The thread is this test's own, so
 * what other tests do to the demo threads does not matter.
 */
@NeedsEmbeddedRunner("runs the alert task on the platform in the test's JVM")
@ExtendWith(RunnerExtension.class)
class OverdueAlertScheduleTest {

	@Test
	void overdueThreadAlertsItsClinicianOnTheSchedule(StandaloneRunner runner) throws Exception {
		startOverdueThread();
		int before = alertsOf(DemoAccount.DOCTOR2);
		OverdueAlertSchedule schedule = new OverdueAlertSchedule(moduleDaemonToken(), 200, TimeUnit.MILLISECONDS);
		try {
			long deadline = System.currentTimeMillis() + 20_000;
			while (alertsOf(DemoAccount.DOCTOR2) == before && System.currentTimeMillis() < deadline) {
				Thread.sleep(100);
			}
			int afterFirstRuns = alertsOf(DemoAccount.DOCTOR2);
			assertTrue(afterFirstRuns > before, "doctor2 was alerted about the overdue thread");
			Thread.sleep(1000);
			assertTrue(alertsOf(DemoAccount.DOCTOR2) == afterFirstRuns, "an overdue thread is alerted only once");
		}
		finally {
			schedule.stop();
		}
	}

	private static void startOverdueThread() throws Exception {
		Platform.asAdmin(() -> {
			Provider doctor2 = Context.getService(BoundariesService.class).getProvidersAcceptingPortalMessages().stream()
			        .filter(p -> p.getPerson().equals(userNamed(DemoAccount.DOCTOR2).getPerson())).findFirst().get();
			MessagingDemoData.signInAs(DemoAccount.PATIENT2);
			MessagingDemoData.acknowledgeIfNeeded(doctor2);
			PortalThread thread = Context.getService(MessagingService.class).startThread(doctor2,
			    ThreadCategory.OTHER, "Overdue check", "A question nobody has answered yet.");
			MessagingDemoData.signInAs(DemoAccount.ADMIN);
			MessagingDemoData.sendInThePast(thread, TimeUnit.DAYS.toMillis(30));
			return null;
		});
	}

	private static User userNamed(DemoAccount account) {
		return Context.getUserService().getUserByUsername(account.getUsername());
	}

	private static int alertsOf(DemoAccount account) throws Exception {
		return Platform.asAdmin(() -> {
			return Context.getAlertService().getAlerts(userNamed(account), true, true).size();
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
