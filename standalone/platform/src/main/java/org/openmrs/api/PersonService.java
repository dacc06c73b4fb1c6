package org.openmrs.api;

import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.annotation.Authorized;
import org.openmrs.util.PrivilegeConstants;

/**
 * Stand-in for {@code org.openmrs.api.PersonService} (persons and names only).
 */
public interface PersonService extends OpenmrsService {

	@Authorized({ PrivilegeConstants.ADD_PERSONS, PrivilegeConstants.EDIT_PERSONS })
	Person savePerson(Person person) throws APIException;

	@Authorized({ PrivilegeConstants.GET_PERSONS })
	Person getPerson(Integer personId) throws APIException;

	@Authorized({ PrivilegeConstants.GET_PERSONS })
	Person getPersonByUuid(String uuid) throws APIException;

	@Authorized({ PrivilegeConstants.GET_PERSONS })
	PersonName getPersonNameByUuid(String uuid) throws APIException;

	@Authorized({ PrivilegeConstants.EDIT_PERSONS })
	Person voidPerson(Person person, String reason) throws APIException;

	@Authorized({ PrivilegeConstants.EDIT_PERSONS })
	Person unvoidPerson(Person person) throws APIException;
}
