package org.openmrs.module.boundaries.web.boundaries;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.util.PrivilegeConstants;

/**
 * Turns the uuids of requests into the platform's people. A portal patient holds none of the core "Get" privileges,
 * so the look-ups run with proxy privileges; what the caller may then do with the person is the service's decision.
 */
final class Lookups {

	/** The value of a {@code provider} parameter that names the organisation default. */
	static final String ORGANISATION_DEFAULT = "default";

	private Lookups() {
	}

	/** A provider by uuid, or null for {@value #ORGANISATION_DEFAULT}. */
	static Provider providerOrDefault(String uuid) {
		return ORGANISATION_DEFAULT.equals(uuid) ? null : provider(uuid);
	}

	static Provider provider(String uuid) {
		if (StringUtils.isBlank(uuid)) {
			throw new InvalidRequestException("provider", "A provider is required");
		}
		Context.addProxyPrivilege(PrivilegeConstants.GET_PROVIDERS);
		try {
			Provider provider = Context.getProviderService().getProviderByUuid(uuid);
			if (provider == null) {
				throw ObjectNotFoundException.of("provider", uuid);
			}
			return provider;
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_PROVIDERS);
		}
	}

	/** A patient by uuid; when none is named, the signed-in patient themself. */
	static Patient patientOrSelf(String uuid) {
		if (StringUtils.isBlank(uuid)) {
			return CurrentUser.patient()
			        .orElseThrow(() -> new InvalidRequestException("patient", "A patient is required"));
		}
		Context.addProxyPrivilege(PrivilegeConstants.GET_PATIENTS);
		try {
			Patient patient = Context.getPatientService().getPatientByUuid(uuid);
			if (patient == null) {
				throw ObjectNotFoundException.of("patient", uuid);
			}
			return patient;
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_PATIENTS);
		}
	}
}
