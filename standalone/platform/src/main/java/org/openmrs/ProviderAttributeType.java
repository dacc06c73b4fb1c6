package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.ProviderAttributeType}: here only the key type of the attribute map that
 * {@link org.openmrs.api.ProviderService#getProviders(String, Integer, Integer, java.util.Map, boolean)} takes.
 */
public class ProviderAttributeType extends BaseOpenmrsMetadata {

	private static final long serialVersionUID = 1L;

	private Integer providerAttributeTypeId;

	@Override
	public Integer getId() {
		return providerAttributeTypeId;
	}

	@Override
	public void setId(Integer id) {
		this.providerAttributeTypeId = id;
	}
}
