package org.openmrs.api;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.ProviderAttributeType;
import org.openmrs.annotation.Authorized;
import org.openmrs.util.PrivilegeConstants;

/**
 * Stand-in for {@code org.openmrs.api.ProviderService} (providers only, no attributes or roles).
 */
public interface ProviderService extends OpenmrsService {

	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	List<Provider> getAllProviders();

	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	List<Provider> getAllProviders(boolean includeRetired);

	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	Provider getProvider(Integer providerId);

	@Authorized({ PrivilegeConstants.MANAGE_PROVIDERS })
	Provider saveProvider(Provider provider);

	@Authorized({ PrivilegeConstants.MANAGE_PROVIDERS })
	void retireProvider(Provider provider, String reason);

	@Authorized({ PrivilegeConstants.MANAGE_PROVIDERS })
	Provider unretireProvider(Provider provider);

	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	Provider getProviderByUuid(String uuid);

	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	Collection<Provider> getProvidersByPerson(Person person);

	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	Collection<Provider> getProvidersByPerson(Person person, boolean includeRetired);

	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	Provider getProviderByIdentifier(String identifier);

	/**
	 * Providers whose identifier or person's names match the query (null or empty: all), one page of them. The
	 * stand-in ignores {@code attributes}.
	 */
	@Authorized({ PrivilegeConstants.GET_PROVIDERS })
	List<Provider> getProviders(String query, Integer start, Integer length, Map<ProviderAttributeType, Object> attributes,
	        boolean includeRetired);
}
