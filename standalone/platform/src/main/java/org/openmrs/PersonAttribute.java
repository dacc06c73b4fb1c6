package org.openmrs;

import org.openmrs.util.OpenmrsUtil;

/**
 * Stand-in for {@code org.openmrs.PersonAttribute}: a typed string value on a person (no hydration of the value into
 * an object). Mapped as core maps it: one of a person's eager collections.
 */
public class PersonAttribute extends BaseChangeableOpenmrsData implements Comparable<PersonAttribute> {

	private static final long serialVersionUID = 11231211232111L;

	private Integer personAttributeId;

	private Person person;

	private PersonAttributeType attributeType;

	private String value;

	public PersonAttribute() {
	}

	public PersonAttribute(Integer personAttributeId) {
		this.personAttributeId = personAttributeId;
	}

	public PersonAttribute(PersonAttributeType type, String value) {
		this.attributeType = type;
		this.value = value;
	}

	public Integer getPersonAttributeId() {
		return personAttributeId;
	}

	public void setPersonAttributeId(Integer personAttributeId) {
		this.personAttributeId = personAttributeId;
	}

	@Override
	public Integer getId() {
		return getPersonAttributeId();
	}

	@Override
	public void setId(Integer id) {
		setPersonAttributeId(id);
	}

	public Person getPerson() {
		return person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public PersonAttributeType getAttributeType() {
		return attributeType;
	}

	public void setAttributeType(PersonAttributeType attributeType) {
		this.attributeType = attributeType;
	}

	public String getValue() {
		return value;
	}

	public void setValue(String value) {
		this.value = value;
	}

	/** As core's default comparator: by attribute type, unvoided first, then by date created, value and id. */
	@Override
	public int compareTo(PersonAttribute other) {
		int ret = OpenmrsUtil.compareWithNullAsGreatest(typeId(this), typeId(other));
		if (ret == 0) {
			ret = getVoided().compareTo(other.getVoided());
		}
		if (ret == 0) {
			ret = OpenmrsUtil.compareWithNullAsLatest(getDateCreated(), other.getDateCreated());
		}
		if (ret == 0) {
			ret = OpenmrsUtil.compareWithNullAsGreatest(getValue(), other.getValue());
		}
		if (ret == 0) {
			ret = OpenmrsUtil.compareWithNullAsGreatest(getPersonAttributeId(), other.getPersonAttributeId());
		}
		return ret;
	}

	private static Integer typeId(PersonAttribute attribute) {
		return attribute.getAttributeType() == null ? null : attribute.getAttributeType().getPersonAttributeTypeId();
	}
}
