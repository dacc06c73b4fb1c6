package org.openmrs.module.boundaries.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.Patient;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.test.TestRoles;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;

/**
 * Who the signed-in user is, as the platform holds them between requests: the user and their person come from the
 * second-level cache, not from the request's own Hibernate session.
 */
public class CurrentUserTest extends BaseModuleContextSensitiveTest {

	private static final String DATASET = "org/openmrs/module/boundaries/messaging/MessagingDataset.xml";

	private static final String PATIENT_PERSON = "00009103-0000-4000-8000-000000000000";

	@BeforeEach
	public void loadPeople() {
		TestRoles.commit(this);
		executeDataSet(DATASET);
	}

	/** As on the next request: the session is new, the person of the signed-in user is in the second-level cache. */
	private static User signInAndStartNextRequest(String username) {
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials(username, "test"));
		Context.flushSession();
		Context.clearSession();
		return Context.getAuthenticatedUser();
	}

	@Test
	public void staffUserWhosePersonIsNotAPatientIsNoPatient() {
		User doctor = signInAndStartNextRequest("doctor");

		assertFalse(CurrentUser.patientOf(doctor).isPresent());
		assertFalse(CurrentUser.patient().isPresent());
	}

	@Test
	public void portalUserIsTheirPatient() {
		User patient = signInAndStartNextRequest("patient");

		assertEquals(PATIENT_PERSON, CurrentUser.patientOf(patient).map(Patient::getUuid).orElse(null));
	}
}
