package org.openmrs.module.boundaries.web.session;

import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /session}. */
public class SignInRequest extends JsonRequest {

	private String username;

	private String password;

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getPassword() {
		return password;
	}

	public void setPassword(String password) {
		this.password = password;
	}
}
