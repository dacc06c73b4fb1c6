package org.openmrs.api.context;

/**
 * Stand-in for {@code org.openmrs.api.context.UsernamePasswordCredentials}: a username (or system id) and a
 * password.
 */
public class UsernamePasswordCredentials implements Credentials {

	public static final String SCHEME = "OPENMRS_USERPASS_AUTH_SCHEME";

	protected String username;

	protected String password;

	public UsernamePasswordCredentials(String username, String password) {
		super();
		this.username = username;
		this.password = password;
	}

	@Override
	public String getAuthenticationScheme() {
		return SCHEME;
	}

	public String getUsername() {
		return username;
	}

	public String getPassword() {
		return password;
	}

	@Override
	public String getClientName() {
		return getUsername();
	}
}
