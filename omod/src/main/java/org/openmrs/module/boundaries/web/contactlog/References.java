package org.openmrs.module.boundaries.web.contactlog;

import java.util.Optional;
import java.util.function.Function;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.module.boundaries.contactlog.ContactLogService;
import org.openmrs.module.boundaries.web.ApiErrors;

/**
 * Turns the uuids a request names into the objects they stand for. A uuid in a request body or filter that names
 * nothing is bad input (400, naming the field); a uuid in the path that names nothing is 404. Every look-up goes through
 * the service, so it is refused (403) to anyone without the log's privileges before anything is revealed.
 */
final class References {

	private References() {
	}

	static ContactLogService service() {
		return Context.getService(ContactLogService.class);
	}

	static Patient patient(String field, String uuid) {
		return resolve(field, uuid, service()::findPatient);
	}

	static Provider provider(String field, String uuid) {
		return resolve(field, uuid, service()::findProvider);
	}

	static User user(String field, String uuid) {
		return resolve(field, uuid, service()::findUser);
	}

	/** The patient a list is for: required. */
	static Patient requiredPatient(String uuid) {
		if (StringUtils.isBlank(uuid)) {
			throw new InvalidRequestException("patient", ApiErrors.message("boundaries.error.missingParameter", "patient"));
		}
		return patient("patient", uuid);
	}

	/** An object named in the path, or 404. */
	static <T> T found(String what, String uuid, Optional<T> found) {
		return found.orElseThrow(() -> ObjectNotFoundException.of(what, uuid));
	}

	/** A field naming something: null when absent, 400 when it names nothing the caller may see. */
	static <T> T resolve(String field, String uuid, Function<String, Optional<T>> lookup) {
		if (StringUtils.isBlank(uuid)) {
			return null;
		}
		return lookup.apply(uuid.trim()).orElseThrow(
		    () -> new InvalidRequestException(field, ApiErrors.message("boundaries.contactlog.error.unknownUuid", field)));
	}
}
