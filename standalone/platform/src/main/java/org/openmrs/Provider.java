package org.openmrs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for {@code org.openmrs.Provider} (person, identifier, name; no role, speciality or attributes).
 * As in 2.8, {@link #getName()} is the linked person's full name.
 */
public class Provider extends BaseChangeableOpenmrsMetadata {

	private static final long serialVersionUID = 1L;

	private static final Logger log = LoggerFactory.getLogger(Provider.class);

	private Integer providerId;

	private Person person;

	private String identifier;

	public Provider() {
	}

	public Provider(Integer providerId) {
		this.providerId = providerId;
	}

	@Override
	public Integer getId() {
		return getProviderId();
	}

	@Override
	public void setId(Integer id) {
		setProviderId(id);
	}

	public Integer getProviderId() {
		return providerId;
	}

	public void setProviderId(Integer providerId) {
		this.providerId = providerId;
	}

	public Person getPerson() {
		return person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public String getIdentifier() {
		return identifier;
	}

	public void setIdentifier(String identifier) {
		this.identifier = identifier;
	}

	@Override
	public String getName() {
		if (getPerson() != null && getPerson().getPersonName() != null) {
			return getPerson().getPersonName().getFullName();
		}
		log.warn("We no longer support providers who are not linked to person. Set the name on the linked person");
		return null;
	}

	@Override
	public String toString() {
		return "[Provider: providerId:" + providerId + " providerName:" + (person != null ? person.getNames() : "") + " ]";
	}
}
