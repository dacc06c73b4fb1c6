package org.openmrs.module.boundaries.web;

import java.util.function.Supplier;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.CoreColumns;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.util.PrivilegeConstants;

/**
 * Turns the uuids a request names into the patients and providers they stand for. The look-ups run with proxy
 * privileges because the module's roles hold no core "Get" privileges; what the caller may then do with the person is
 * the services' decision. A missing uuid is a 400 naming the request field; an unknown one is a 400 too when it is a
 * value in the request, and a 404 when it names the very thing the request is about ({@code existing...}).
 */
public final class People {

	private People() {
	}

	public static Provider provider(String uuid, String field) {
		return known(field, findProvider(required(uuid, field)));
	}

	public static Provider optionalProvider(String uuid, String field) {
		return StringUtils.isBlank(uuid) ? null : provider(uuid, field);
	}

	public static Patient patient(String uuid, String field) {
		return known(field, findPatient(required(uuid, field)));
	}

	public static Patient optionalPatient(String uuid, String field) {
		return StringUtils.isBlank(uuid) ? null : patient(uuid, field);
	}

	public static Provider existingProvider(String uuid, String field) {
		Provider provider = findProvider(required(uuid, field));
		if (provider == null) {
			throw ObjectNotFoundException.of("provider", uuid);
		}
		return provider;
	}

	public static Patient existingPatient(String uuid, String field) {
		Patient patient = findPatient(required(uuid, field));
		if (patient == null) {
			throw ObjectNotFoundException.of("patient", uuid);
		}
		return patient;
	}

	private static Provider findProvider(String uuid) {
		if (!CoreColumns.couldHoldUuid(uuid)) {
			return null;
		}
		return withPrivilege(PrivilegeConstants.GET_PROVIDERS, () -> Context.getProviderService().getProviderByUuid(uuid));
	}

	private static Patient findPatient(String uuid) {
		if (!CoreColumns.couldHoldUuid(uuid)) {
			return null;
		}
		return withPrivilege(PrivilegeConstants.GET_PATIENTS, () -> Context.getPatientService().getPatientByUuid(uuid));
	}

	private static String required(String uuid, String field) {
		if (StringUtils.isBlank(uuid)) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.missingParameter", field));
		}
		return uuid;
	}

	private static <T> T known(String field, T found) {
		if (found == null) {
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.unknownReference", field));
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
