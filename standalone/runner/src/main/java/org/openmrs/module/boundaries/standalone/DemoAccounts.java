package org.openmrs.module.boundaries.standalone;

import java.util.EnumMap;
import java.util.Map;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;

/** The demo accounts as saved, handed to every feature's demo data. */
public final class DemoAccounts {

	private final Map<DemoAccount, User> users = new EnumMap<>(DemoAccount.class);

	private final Map<DemoAccount, Provider> providers = new EnumMap<>(DemoAccount.class);

	private final Map<DemoAccount, Patient> patients = new EnumMap<>(DemoAccount.class);

	void add(DemoAccount account, User user) {
		users.put(account, user);
	}

	void addProvider(DemoAccount account, Provider provider) {
		providers.put(account, provider);
	}

	void addPatient(DemoAccount account, Patient patient) {
		patients.put(account, patient);
	}

	public User user(DemoAccount account) {
		return users.get(account);
	}

	/** The provider of a clinician account. */
	public Provider provider(DemoAccount account) {
		Provider provider = providers.get(account);
		if (provider == null) {
			throw new IllegalArgumentException(account + " is not a provider");
		}
		return provider;
	}

	/** The patient of a portal patient account (also its user's person). */
	public Patient patient(DemoAccount account) {
		Patient patient = patients.get(account);
		if (patient == null) {
			throw new IllegalArgumentException(account + " is not a patient");
		}
		return patient;
	}
}
