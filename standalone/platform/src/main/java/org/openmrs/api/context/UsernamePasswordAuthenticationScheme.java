package org.openmrs.api.context;

/**
 * Stand-in for {@code org.openmrs.api.context.UsernamePasswordAuthenticationScheme}: the default scheme,
 * checking username/system id and password against the {@code users} table.
 */
public class UsernamePasswordAuthenticationScheme extends DaoAuthenticationScheme {

	@Override
	public Authenticated authenticate(Credentials credentials) throws ContextAuthenticationException {
		if (!(credentials instanceof UsernamePasswordCredentials)) {
			throw new ContextAuthenticationException(
			        "The provided credentials could not be used to authenticated with the specified authentication scheme.");
		}
		UsernamePasswordCredentials userPassCreds = (UsernamePasswordCredentials) credentials;
		return new BasicAuthenticated(getContextDAO().authenticate(userPassCreds.getUsername(),
		    userPassCreds.getPassword()), UsernamePasswordCredentials.SCHEME);
	}
}
