package org.openmrs.module;

/** Stand-in for org.openmrs.module.DaemonTokenAware: an activator that wants its module's daemon token. */
public interface DaemonTokenAware {

	void setDaemonToken(DaemonToken token);
}
