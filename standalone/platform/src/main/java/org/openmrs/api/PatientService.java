package org.openmrs.api;

import java.util.List;

import org.openmrs.Patient;
import org.openmrs.annotation.Authorized;
import org.openmrs.util.PrivilegeConstants;

/**
 * Stand-in for {@code org.openmrs.api.PatientService} (no identifiers, no search).
 */
public interface PatientService extends OpenmrsService {

	@Authorized({ PrivilegeConstants.ADD_PATIENTS, PrivilegeConstants.EDIT_PATIENTS })
	Patient savePatient(Patient patient) throws APIException;

	@Authorized({ PrivilegeConstants.GET_PATIENTS })
	Patient getPatient(Integer patientId) throws APIException;

	@Authorized({ PrivilegeConstants.GET_PATIENTS })
	Patient getPatientByUuid(String uuid) throws APIException;

	@Authorized({ PrivilegeConstants.GET_PATIENTS })
	List<Patient> getAllPatients() throws APIException;

	@Authorized({ PrivilegeConstants.GET_PATIENTS })
	List<Patient> getAllPatients(boolean includeVoided) throws APIException;

	/**
	 * Patients whose names match the query (every word starts a given, middle or family name), one page of them,
	 * voided ones left out. The real platform also matches identifiers, which the stand-in does not have.
	 */
	@Authorized({ PrivilegeConstants.GET_PATIENTS })
	List<Patient> getPatients(String query, Integer start, Integer length) throws APIException;

	@Authorized({ PrivilegeConstants.DELETE_PATIENTS })
	Patient voidPatient(Patient patient, String reason) throws APIException;

	@Authorized({ PrivilegeConstants.DELETE_PATIENTS })
	Patient unvoidPatient(Patient patient) throws APIException;
}
