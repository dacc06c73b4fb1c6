package org.openmrs.module.boundaries.api;

import java.util.Optional;

import org.openmrs.Patient;
import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.util.PrivilegeConstants;

/**
 * Who is signed in, in the terms the module's rules use: a portal patient is a user whose person is a patient; a
 * clinician is a user whose person is a provider. The look-ups run with proxy privileges because a portal patient
 * holds no core "Get Patients" or "Get Providers" privilege, yet must be recognised as themself.
 */
public final class CurrentUser {

	private CurrentUser() {
	}

	/** The signed-in user, or null for an anonymous request. */
	public static User user() {
		return Context.getAuthenticatedUser();
	}

	/** The patient the signed-in user is, if any. */
	public static Optional<Patient> patient() {
		return patientOf(user());
	}

	/** The provider the signed-in user is, if any (the first active one when a person has several). */
	public static Optional<Provider> provider() {
		return providerOf(user());
	}

	/**
	 * The patient the user's person is. Only a person known to be a patient is looked up as one: in core, Patient is
	 * a joined subclass of Person, and asking for a Patient by the id of a person that the second-level cache (or the
	 * Hibernate session) holds as a plain Person throws WrongClassException instead of answering null.
	 */
	public static Optional<Patient> patientOf(User user) {
		if (user == null || user.getPerson() == null || user.getPerson().getPersonId() == null
		        || !user.getPerson().getIsPatient()) {
			return Optional.empty();
		}
		Context.addProxyPrivilege(PrivilegeConstants.GET_PATIENTS);
		try {
			return Optional.ofNullable(Context.getPatientService().getPatient(user.getPerson().getPersonId()));
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_PATIENTS);
		}
	}

	public static Optional<Provider> providerOf(User user) {
		if (user == null || user.getPerson() == null) {
			return Optional.empty();
		}
		Context.addProxyPrivilege(PrivilegeConstants.GET_PROVIDERS);
		try {
			return Context.getProviderService().getProvidersByPerson(user.getPerson(), false).stream().findFirst();
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_PROVIDERS);
		}
	}

	/** True when the signed-in user's person is the given person: the row check for everything a patient owns. */
	public static boolean isPerson(Person person) {
		User user = user();
		return user != null && person != null && user.getPerson() != null
		        && user.getPerson().getPersonId() != null
		        && user.getPerson().getPersonId().equals(person.getPersonId());
	}
}
