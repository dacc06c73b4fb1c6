package org.openmrs.module.boundaries.web.boundaries;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.People;

/** The two ways the boundaries resources name people beyond a plain uuid: the organisation default, and "myself". */
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
		return People.existingProvider(uuid, "provider");
	}

	/** A patient by uuid; when none is named, the signed-in patient themself. */
	static Patient patientOrSelf(String uuid) {
		if (StringUtils.isBlank(uuid)) {
			return CurrentUser.patient().orElseThrow(() -> new InvalidRequestException("patient",
			        ApiErrors.message("boundaries.error.missingParameter", "patient")));
		}
		return People.existingPatient(uuid, "patient");
	}
}
