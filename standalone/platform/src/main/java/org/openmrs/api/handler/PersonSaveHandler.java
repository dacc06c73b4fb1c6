package org.openmrs.api.handler;

import java.util.Date;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.User;
import org.openmrs.annotation.Handler;
import org.openmrs.api.APIException;

/**
 * Stand-in for {@code org.openmrs.api.handler.PersonSaveHandler}: links the names to the person and keeps the
 * person's own void fields consistent (a voided person needs a reason).
 */
@Handler(supports = Person.class)
public class PersonSaveHandler implements SaveHandler<Person> {

	@Override
	public void handle(Person person, User creator, Date dateCreated, String other) {
		for (PersonName pName : person.getNames()) {
			pName.setPerson(person);
		}
		if (person.getPersonVoided()) {
			if (StringUtils.isEmpty(person.getPersonVoidReason())) {
				throw new APIException("Person.voided.bit", new Object[] { person });
			}
			if (person.getPersonVoidedBy() == null) {
				person.setPersonVoidedBy(creator);
			}
			if (person.getPersonDateVoided() == null) {
				person.setPersonDateVoided(dateCreated);
			}
		} else {
			person.setPersonVoidedBy(null);
			person.setPersonDateVoided(null);
			person.setPersonVoidReason(null);
		}
	}
}
