package org.openmrs.api.handler;

import java.util.Date;

import org.openmrs.PersonName;
import org.openmrs.User;
import org.openmrs.annotation.Handler;

/**
 * Stand-in for {@code org.openmrs.api.handler.PersonNameSaveHandler}: trims the name parts.
 */
@Handler(supports = PersonName.class)
public class PersonNameSaveHandler implements SaveHandler<PersonName> {

	@Override
	public void handle(PersonName personName, User creator, Date dateCreated, String other) {
		if (personName.getGivenName() != null) {
			personName.setGivenName(personName.getGivenName().trim());
		}
		if (personName.getMiddleName() != null) {
			personName.setMiddleName(personName.getMiddleName().trim());
		}
		if (personName.getFamilyName() != null) {
			personName.setFamilyName(personName.getFamilyName().trim());
		}
		if (personName.getFamilyName2() != null) {
			personName.setFamilyName2(personName.getFamilyName2().trim());
		}
	}
}
