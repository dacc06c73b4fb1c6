package org.openmrs.module.boundaries.standalone;

import java.util.concurrent.Callable;

import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;

/** Work the runner does on the platform's behalf, outside any HTTP request. */
final class Platform {

	/** The platform's administrator: system id {@code admin} (its username is empty, as on a real server). */
	static final String ADMIN_SYSTEM_ID = "admin";

	private Platform() {
	}

	/** Runs the work in its own platform session, signed in as the administrator. */
	static <T> T asAdmin(Callable<T> work) throws Exception {
		Context.openSession();
		try {
			Context.authenticate(new UsernamePasswordCredentials(ADMIN_SYSTEM_ID, DemoAccount.ADMIN.getPassword()));
			return work.call();
		}
		finally {
			Context.closeSession();
		}
	}
}
