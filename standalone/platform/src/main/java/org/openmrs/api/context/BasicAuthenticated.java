package org.openmrs.api.context;

import org.openmrs.User;

/**
 * Stand-in for {@code org.openmrs.api.context.BasicAuthenticated}.
 */
public class BasicAuthenticated implements Authenticated {

	private User user;

	private String authenticationScheme;

	public BasicAuthenticated(User user, String authenticationScheme) {
		this.user = user;
		this.authenticationScheme = authenticationScheme;
	}

	@Override
	public String getAuthenticationScheme() {
		return authenticationScheme;
	}

	public void setAuthenticationScheme(String authenticationScheme) {
		this.authenticationScheme = authenticationScheme;
	}

	@Override
	public User getUser() {
		return user;
	}

	public void setUser(User user) {
		this.user = user;
	}
}
