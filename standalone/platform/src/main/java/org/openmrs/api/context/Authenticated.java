package org.openmrs.api.context;

import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.context.Authenticated}: the result of a successful sign-in.
 */
public interface Authenticated {

	String getAuthenticationScheme();

	User getUser();
}
