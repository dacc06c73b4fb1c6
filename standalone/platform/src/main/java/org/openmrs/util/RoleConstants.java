package org.openmrs.util;

/**
 * Stand-in for {@code org.openmrs.util.RoleConstants}: the core roles.
 */
public class RoleConstants {

	private RoleConstants() {
	}

	/** Holds every privilege. */
	public static final String SUPERUSER = "System Developer";

	/** Privileges for everybody, signed in or not. */
	public static final String ANONYMOUS = "Anonymous";

	/** Privileges for every signed-in user. */
	public static final String AUTHENTICATED = "Authenticated";

	public static final String PROVIDER = "Provider";
}
