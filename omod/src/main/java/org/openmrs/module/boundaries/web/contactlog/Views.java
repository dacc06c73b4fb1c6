package org.openmrs.module.boundaries.web.contactlog;

import java.util.Date;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.web.ApiErrors;

/** Request rules the log's controllers share. */
final class Views {

	private Views() {
	}

	/** {@code v=default} or {@code v=full} (which adds the audit info); anything else is a bad request. */
	static boolean full(String v) {
		if ("full".equals(v)) {
			return true;
		}
		if ("default".equals(v)) {
			return false;
		}
		throw new InvalidRequestException("v", ApiErrors.message("boundaries.contactlog.error.view"));
	}

	static String yesNo(Boolean value) {
		return ApiErrors.message(Boolean.TRUE.equals(value) ? "boundaries.contactlog.yes" : "boundaries.contactlog.no");
	}

	/** An export's file name: what it is, whose chart (by uuid, so no name leaks into a file name) and the day. */
	static String fileName(String what, Patient patient) {
		return what + "-" + patient.getUuid() + "-" + Dates.day(new Date()) + ".csv";
	}

	/** Voiding twice would overwrite nothing but says something wrong happened: 409. */
	static void requireNotVoided(BaseOpenmrsData data) {
		if (data.getVoided()) {
			throw new ConflictException(ApiErrors.message("boundaries.contactlog.error.alreadyVoided"));
		}
	}

	static void requireCorrectionReason(String reason) {
		if (StringUtils.isBlank(reason)) {
			throw new InvalidRequestException("correctionReason",
			        ApiErrors.message("boundaries.error.correctionReason.required"));
		}
	}
}
