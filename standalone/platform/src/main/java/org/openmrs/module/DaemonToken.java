package org.openmrs.module;

import java.io.Serializable;

/** Stand-in for org.openmrs.module.DaemonToken: proof, handed to a module, that it may run code as the daemon user. */
public class DaemonToken implements Serializable {

	private static final long serialVersionUID = 1L;

	private final String id;

	public DaemonToken(String id) {
		this.id = id;
	}

	public String getId() {
		return id;
	}
}
