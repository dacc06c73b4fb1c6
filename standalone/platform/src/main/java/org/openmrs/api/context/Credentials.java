package org.openmrs.api.context;

/**
 * Stand-in for {@code org.openmrs.api.context.Credentials}: what a client presents to sign in.
 */
public interface Credentials {

	String getAuthenticationScheme();

	String getClientName();
}
