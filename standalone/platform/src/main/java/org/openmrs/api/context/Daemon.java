package org.openmrs.api.context;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.openmrs.User;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.ModuleFactory;

/**
 * Stand-in for {@code org.openmrs.api.context.Daemon}, reduced to running a module's code as the daemon user
 * ({@link #runInDaemonThread}), running the platform's own daemon tasks ({@link #runNewDaemonTask}: 2.8.9 reads what
 * a role grants that way, in a session and transaction of its own, so that it sees only committed data), telling
 * whether the current thread is a daemon thread and who the daemon user is.
 */
public final class Daemon {

	static final String DAEMON_USER_UUID = "A4F30A1B-5EB9-11DF-A648-37A07F9C90FB";

	private static final ThreadLocal<Boolean> isDaemonThread = new ThreadLocal<>();

	private static final ThreadLocal<User> daemonThreadUser = new ThreadLocal<>();

	private static final ExecutorService threadExecutor = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "openmrs-daemon");
		thread.setDaemon(true);
		return thread;
	});

	private Daemon() {
	}

	public static boolean isDaemonThread() {
		Boolean b = isDaemonThread.get();
		return b != null && b;
	}

	public static User getDaemonThreadUser() {
		if (!isDaemonThread()) {
			return null;
		}
		User user = daemonThreadUser.get();
		if (user == null) {
			user = Context.getContextDAO().getUserByUuid(DAEMON_USER_UUID);
			daemonThreadUser.set(user);
		}
		return user;
	}

	public static boolean isDaemonUser(User user) {
		return DAEMON_USER_UUID.equals(user.getUuid());
	}

	/**
	 * Runs the runnable in a new thread, in its own session, as the daemon user (every privilege), as the real
	 * platform does for a module holding a valid token.
	 */
	public static Thread runInDaemonThread(final Runnable runnable, DaemonToken token) {
		if (!ModuleFactory.isTokenValid(token)) {
			throw new ContextAuthenticationException("Invalid token " + token);
		}
		Thread thread = new Thread(() -> {
			isDaemonThread.set(true);
			try {
				Context.openSession();
				runnable.run();
			}
			finally {
				try {
					Context.closeSession();
				}
				finally {
					isDaemonThread.remove();
					daemonThreadUser.remove();
				}
			}
		}, "OpenMRS daemon");
		thread.setDaemon(true);
		thread.start();
		return thread;
	}

	/**
	 * Runs a task of the platform itself on a daemon thread with its own session, as the real
	 * {@code Daemon.runNewDaemonTask(Callable, CallerKey)} does; only the platform holds a caller key there, so
	 * modules cannot call it (the real signature differs, so a module that did would not compile on it).
	 */
	public static <T> Future<T> runNewDaemonTask(Callable<T> callable) {
		return threadExecutor.submit(() -> {
			isDaemonThread.set(true);
			try {
				Context.openSession();
				return callable.call();
			}
			finally {
				try {
					Context.closeSession();
				}
				finally {
					isDaemonThread.remove();
					daemonThreadUser.remove();
				}
			}
		});
	}

	public static String getDaemonUserUuid() {
		return DAEMON_USER_UUID;
	}
}
