package org.openmrs.module.boundaries.web.messaging;

import java.util.function.Supplier;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.util.PrivilegeConstants;

/**
 * Turns the uuids a request names into the people they stand for. The look-ups run with proxy privileges because the
 * module's roles hold no core "Get" privileges; what the caller may then do with the person is the messaging service's
 * decision. An unknown uuid is a 400 naming the request field.
 */
final class References {

	private References() {
	}

	static Provider provider(String uuid, String field) {
		return required(uuid, field,
		    () -> withPrivilege(PrivilegeConstants.GET_PROVIDERS, () -> Context.getProviderService().getProviderByUuid(uuid)));
	}

	static Provider optionalProvider(String uuid, String field) {
		return StringUtils.isBlank(uuid) ? null : provider(uuid, field);
	}

	static Patient patient(String uuid, String field) {
		return required(uuid, field,
		    () -> withPrivilege(PrivilegeConstants.GET_PATIENTS, () -> Context.getPatientService().getPatientByUuid(uuid)));
	}

	static Patient optionalPatient(String uuid, String field) {
		return StringUtils.isBlank(uuid) ? null : patient(uuid, field);
	}

	private static <T> T required(String uuid, String field, Supplier<T> lookup) {
		if (StringUtils.isBlank(uuid)) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.missingParameter", field));
		}
		T found = lookup.get();
		if (found == null) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.messaging.error.unknownReference", field));
		}
		return found;
	}

	private static <T> T withPrivilege(String privilege, Supplier<T> lookup) {
		Context.addProxyPrivilege(privilege);
		try {
			return lookup.get();
		}
		finally {
			Context.removeProxyPrivilege(privilege);
		}
	}
}
