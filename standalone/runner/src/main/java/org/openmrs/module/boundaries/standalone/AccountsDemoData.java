package org.openmrs.module.boundaries.standalone;

import java.util.Calendar;
import java.util.Date;
import java.util.GregorianCalendar;

import org.openmrs.Patient;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.Provider;
import org.openmrs.Role;
import org.openmrs.User;
import org.openmrs.api.UserService;
import org.openmrs.api.context.Context;

/**
 * The demo accounts of {@link DemoAccount}: the module's roles, two clinicians who are providers, two
 * portal patients whose user's person is their patient, and a practice manager. The administrator is the
 * platform's own account (system id {@code admin}, empty username, System Developer).
 */
final class AccountsDemoData {

	static final String ROLE_PORTAL_PATIENT = "Portal Patient";

	static final String ROLE_CLINICIAN = "Boundaries Clinician";

	static final String ROLE_MANAGER = "Boundaries Manager";

	DemoAccounts load() {
		DemoAccounts accounts = new DemoAccounts();
		accounts.add(DemoAccount.ADMIN, Context.getAuthenticatedUser());

		Role clinician = role(ROLE_CLINICIAN, "Clinicians using portal messaging, boundaries and the contact log");
		Role portalPatient = role(ROLE_PORTAL_PATIENT, "Patients signing in to the portal");
		Role manager = role(ROLE_MANAGER, "Practice managers: organisation boundaries, gift register and reports");
		attachModulePrivileges(clinician, portalPatient, manager);

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
					Patient patient = Context.getPatientService().savePatient((Patient) person(new Patient(), account,
					    1990));
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

	/**
	 * Gives the module's roles the module's privileges. Until the module's BoundariesConstants lists which
	 * privileges each role holds, the roles are created without privileges.
	 */
	void attachModulePrivileges(Role clinician, Role portalPatient, Role manager) {
	}

	private static Role role(String name, String description) {
		UserService users = Context.getUserService();
		Role role = users.getRole(name);
		if (role == null) {
			role = users.saveRole(new Role(name, description));
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
