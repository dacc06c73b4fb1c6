package org.openmrs;

import org.openmrs.util.OpenmrsUtil;

/**
 * Stand-in for {@code org.openmrs.PersonAddress} (the first address lines, city, state, country and postal code; no
 * address hierarchy or date range). Mapped as core maps it: one of a person's eager collections.
 */
public class PersonAddress extends BaseChangeableOpenmrsData implements Comparable<PersonAddress> {

	private static final long serialVersionUID = 343333L;

	private Integer personAddressId;

	private Person person;

	private Boolean preferred = false;

	private String address1;

	private String address2;

	private String cityVillage;

	private String stateProvince;

	private String country;

	private String postalCode;

	public PersonAddress() {
	}

	public PersonAddress(Integer personAddressId) {
		this.personAddressId = personAddressId;
	}

	public Integer getPersonAddressId() {
		return personAddressId;
	}

	public void setPersonAddressId(Integer personAddressId) {
		this.personAddressId = personAddressId;
	}

	@Override
	public Integer getId() {
		return getPersonAddressId();
	}

	@Override
	public void setId(Integer id) {
		setPersonAddressId(id);
	}

	public Person getPerson() {
		return person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public Boolean getPreferred() {
		return preferred == null ? Boolean.FALSE : preferred;
	}

	public void setPreferred(Boolean preferred) {
		this.preferred = preferred;
	}

	public String getAddress1() {
		return address1;
	}

	public void setAddress1(String address1) {
		this.address1 = address1;
	}

	public String getAddress2() {
		return address2;
	}

	public void setAddress2(String address2) {
		this.address2 = address2;
	}

	public String getCityVillage() {
		return cityVillage;
	}

	public void setCityVillage(String cityVillage) {
		this.cityVillage = cityVillage;
	}

	public String getStateProvince() {
		return stateProvince;
	}

	public void setStateProvince(String stateProvince) {
		this.stateProvince = stateProvince;
	}

	public String getCountry() {
		return country;
	}

	public void setCountry(String country) {
		this.country = country;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	/**
	 * As core: unvoided first, preferred first, then by date created and id; two different addresses never compare
	 * equal (core's ordering is inconsistent with equals in the same way).
	 */
	@Override
	public int compareTo(PersonAddress other) {
		int ret = getVoided().compareTo(other.getVoided());
		if (ret == 0) {
			ret = other.getPreferred().compareTo(getPreferred());
		}
		if (ret == 0 && getDateCreated() != null) {
			ret = OpenmrsUtil.compareWithNullAsLatest(getDateCreated(), other.getDateCreated());
		}
		if (ret == 0) {
			ret = OpenmrsUtil.compareWithNullAsGreatest(getPersonAddressId(), other.getPersonAddressId());
		}
		if (ret == 0 && this != other) {
			ret = 1;
		}
		return ret;
	}
}
