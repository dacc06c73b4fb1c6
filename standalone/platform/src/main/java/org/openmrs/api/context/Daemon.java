package org.openmrs.api.context;

import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.context.Daemon}, reduced to telling whether the current thread is a
 * daemon thread (the stand-in never starts one) and who the daemon user is.
 */
public final class Daemon {

	static final String DAEMON_USER_UUID = "A4F30A1B-5EB9-11DF-A648-37A07F9C90FB";

	private static final ThreadLocal<Boolean> isDaemonThread = new ThreadLocal<>();

	private static final ThreadLocal<User> daemonThreadUser = new ThreadLocal<>();

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

	public static String getDaemonUserUuid() {
		return DAEMON_USER_UUID;
	}
}
