package org.openmrs.module.boundaries.standalone;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;
import java.util.function.BiConsumer;

import org.openmrs.Patient;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.Provider;
import org.openmrs.Role;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.BoundariesConstants;

/**
 * The demo accounts of {@link DemoAccount}, holding the module's roles: two clinicians who are providers, two
 * portal patients whose user's person is their patient, and a practice manager. The administrator is the
 * platform's own account (system id {@code admin}, empty username, System Developer).
 */
final class AccountsDemoData {

	private final BiConsumer<DemoAccount, Patient> beforeSavingPatient;

	/**
	 * @param beforeSavingPatient completes a new patient with what the platform requires before it saves one (the
	 *            stand-in: nothing; a real OpenMRS: an identifier)
	 */
	AccountsDemoData(BiConsumer<DemoAccount, Patient> beforeSavingPatient) {
		this.beforeSavingPatient = beforeSavingPatient;
	}

	DemoAccounts load() {
		DemoAccounts accounts = new DemoAccounts();
		accounts.add(DemoAccount.ADMIN, Context.getAuthenticatedUser());

		Role clinician = role(BoundariesConstants.ROLE_CLINICIAN);
		Role portalPatient = role(BoundariesConstants.ROLE_PORTAL_PATIENT);
		Role manager = role(BoundariesConstants.ROLE_MANAGER);

		int providerNumber = 0;
		for (DemoAccount account : DemoAccount.values()) {
			switch (account.getKind()) {
				case CLINICIAN:
					Person person = Context.getPersonService().savePerson(person(new Person(), account, 1980));
					Provider provider = new Provider();
					provider.setPerson(person);
					provider.setIdentifier("DEMO-DOC-" + (++providerNumber));
					accounts.addProvider(account, Context.getProviderService().saveProvider(provider));
					accounts.add(account, user(account, person, clinician));
					break;
				case PATIENT:
					Patient newPatient = (Patient) person(new Patient(), account, 1990);
					beforeSavingPatient.accept(account, newPatient);
					Patient patient = Context.getPatientService().savePatient(newPatient);
					accounts.addPatient(account, patient);
					accounts.add(account, user(account, patient, portalPatient));
					break;
				case MANAGER:
					Person managerPerson = Context.getPersonService().savePerson(person(new Person(), account, 1975));
					accounts.add(account, user(account, managerPerson, manager));
					break;
				default:
					break;
			}
		}
		return accounts;
	}

	/** The module's activator creates its roles, with their privileges, when the module starts. */
	private static Role role(String name) {
		Role role = Context.getUserService().getRole(name);
		if (role == null) {
			throw new IllegalStateException("Role '" + name + "' is missing: the module's activator creates it");
		}
		return role;
	}

	private static Person person(Person person, DemoAccount account, int birthYear) {
		person.addName(new PersonName(account.getGivenName(), null, account.getFamilyName()));
		person.setGender(account.getGender());
		person.setBirthdate(date(birthYear, Calendar.MARCH, 14));
		return person;
	}

	private static User user(DemoAccount account, Person person, Role role) {
		User user = new User(person);
		user.setUsername(account.getUsername());
		user.addRole(role);
		return Context.getUserService().createUser(user, account.getPassword());
	}

	private static Date date(int year, int month, int day) {
		return new GregorianCalendar(year, month, day).getTime();
	}
}
