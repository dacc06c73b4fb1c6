package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.PersonAttributeType} (name, format, searchable, sort weight; no edit privilege or
 * foreign key).
 */
public class PersonAttributeType extends BaseChangeableOpenmrsMetadata {

	private static final long serialVersionUID = 2112313431211L;

	private Integer personAttributeTypeId;

	private String format;

	private Boolean searchable = false;

	private Double sortWeight;

	public PersonAttributeType() {
	}

	public PersonAttributeType(Integer personAttributeTypeId) {
		this.personAttributeTypeId = personAttributeTypeId;
	}

	public Integer getPersonAttributeTypeId() {
		return personAttributeTypeId;
	}

	public void setPersonAttributeTypeId(Integer personAttributeTypeId) {
		this.personAttributeTypeId = personAttributeTypeId;
	}

	@Override
	public Integer getId() {
		return getPersonAttributeTypeId();
	}

	@Override
	public void setId(Integer id) {
		setPersonAttributeTypeId(id);
	}

	public String getFormat() {
		return format;
	}

	public void setFormat(String format) {
		this.format = format;
	}

	public Boolean getSearchable() {
		return searchable;
	}

	public void setSearchable(Boolean searchable) {
		this.searchable = searchable;
	}

	public Double getSortWeight() {
		return sortWeight;
	}

	public void setSortWeight(Double sortWeight) {
		this.sortWeight = sortWeight;
	}
}
