package org.openmrs.api.context;

/**
 * Stand-in for {@code org.openmrs.api.context.AuthenticationScheme}: turns credentials into an authenticated
 * user, or throws.
 */
public interface AuthenticationScheme {

	Authenticated authenticate(Credentials credentials) throws ContextAuthenticationException;
}
