package org.openmrs.module.boundaries.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.openmrs.api.context.Context;
import org.openmrs.api.context.Daemon;
import org.openmrs.module.DaemonToken;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Looks for threads that have passed their provider's reply time, at a fixed interval, and alerts their clinicians
 * ({@link MessagingService#alertOverdueThreads()}). The work runs as the OpenMRS daemon user, through the daemon token
 * the platform gives the module's activator, because nobody is signed in on a background thread.
 */
public class OverdueAlertSchedule {

	private static final Logger log = LoggerFactory.getLogger(OverdueAlertSchedule.class);

	/** Each call alerts one batch; a backlog larger than this many batches waits for the next run. */
	private static final int MAX_BATCHES_PER_RUN = 100;

	private final ScheduledExecutorService executor;

	public OverdueAlertSchedule(DaemonToken token, long interval, TimeUnit unit) {
		executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "boundaries-overdue-alerts");
			thread.setDaemon(true);
			return thread;
		});
		executor.scheduleWithFixedDelay(() -> runOnce(token), interval, interval, unit);
	}

	public void stop() {
		executor.shutdownNow();
	}

	private static void runOnce(DaemonToken token) {
		try {
			Daemon.runInDaemonThread(OverdueAlertSchedule::alertAllOverdueThreads, token).join();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		catch (RuntimeException e) {
			// A failed run must not cancel the schedule: the next run tries again.
			log.warn("Checking for overdue portal threads failed", e);
		}
	}

	private static void alertAllOverdueThreads() {
		MessagingService messaging = Context.getService(MessagingService.class);
		int batches = 0;
		while (batches++ < MAX_BATCHES_PER_RUN && messaging.alertOverdueThreads() > 0) {
			log.debug("Alerted a batch of overdue portal threads");
		}
	}
}
