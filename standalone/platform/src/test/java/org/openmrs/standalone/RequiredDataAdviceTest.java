package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Date;

import org.junit.jupiter.api.Test;
import org.openmrs.Patient;
import org.openmrs.PersonName;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.test.jupiter.BaseContextSensitiveTest;

public class RequiredDataAdviceTest extends BaseContextSensitiveTest {

	@Test
	public void savingSetsCreatorDateCreatedAndUuidAndTrimsStrings() {
		Patient patient = new Patient();
		patient.addName(new PersonName("  Grace ", "", "Hopper"));
		patient.setGender("F");
		patient.setUuid(null);
		Context.getPatientService().savePatient(patient);
		Context.flushSession();

		assertNotNull(patient.getPatientId());
		assertNotNull(patient.getUuid());
		assertEquals(Context.getAuthenticatedUser(), patient.getCreator());
		assertEquals(Context.getAuthenticatedUser(), patient.getPersonCreator());
		assertNotNull(patient.getDateCreated());
		assertEquals(0, patient.getDateCreated().getTime() % 1000, "dates are stored to the second");
		PersonName name = patient.getPersonName();
		assertEquals("Grace", name.getGivenName());
		assertNull(name.getMiddleName(), "empty strings become null");
		assertEquals(Context.getAuthenticatedUser(), name.getCreator());

		Context.clearSession();
		Patient reloaded = Context.getPatientService().getPatientByUuid(patient.getUuid());
		assertEquals("Grace Hopper", reloaded.getPersonName().getFullName());
		assertTrue(reloaded.getIsPatient());
	}

	@Test
	public void voidingSetsTheVoidFieldsAndNeedsAReasonForAPatient() {
		Patient patient = Context.getPatientService().getPatient(7);
		assertThrows(IllegalArgumentException.class, () -> Context.getPatientService().voidPatient(patient, " "));

		Context.getPatientService().voidPatient(patient, "duplicate");
		assertTrue(patient.getVoided());
		assertEquals("duplicate", patient.getVoidReason());
		assertEquals(Context.getAuthenticatedUser(), patient.getVoidedBy());
		assertNotNull(patient.getDateVoided());

		Context.getPatientService().unvoidPatient(patient);
		assertEquals(Boolean.FALSE, patient.getVoided());
		assertNull(patient.getVoidReason());
		assertNull(patient.getVoidedBy());
	}

	@Test
	public void changingAnEntitySetsChangedByOnFlush() {
		Provider provider = Context.getProviderService().getProvider(1);
		provider.setIdentifier("Changed");
		Date before = new Date(System.currentTimeMillis() - 1000);
		Context.flushSession();
		assertEquals(Context.getAuthenticatedUser(), provider.getChangedBy());
		assertTrue(provider.getDateChanged().after(before));
		assertEquals("Super User", provider.getName());
	}

	@Test
	public void standardDataSetHasPatientTwo() {
		Patient patient = Context.getPatientService().getPatient(2);
		assertEquals("Mr. Horatio Test Hornblower", patient.getPersonName().getFullName());
		assertEquals("da7f524f-27ce-4bb2-86d6-6d1d05312bd5", patient.getUuid());
		assertEquals(1, Context.getProviderService().getProvidersByPerson(Context.getPersonService().getPerson(1)).size());
	}
}
