package org.openmrs.module.boundaries.web.contactlog;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.web.ApiErrors;

/** Query parameter values, parsed so that a wrong one is a 400 naming the parameter. */
final class Params {

	private Params() {
	}

	static Integer integer(String field, String text) {
		if (StringUtils.isBlank(text)) {
			return null;
		}
		try {
			return Integer.valueOf(text.trim());
		}
		catch (NumberFormatException e) {
			throw wrongType(field);
		}
	}

	/** {@code true} or {@code false}; absent means false. */
	static boolean flag(String field, String text) {
		if (StringUtils.isBlank(text) || "false".equals(text.trim())) {
			return false;
		}
		if ("true".equals(text.trim())) {
			return true;
		}
		throw wrongType(field);
	}

	static <E extends Enum<E>> E enumValue(String field, String text, Class<E> type) {
		if (StringUtils.isBlank(text)) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.trim());
		}
		catch (IllegalArgumentException e) {
			throw wrongType(field);
		}
	}

	private static InvalidRequestException wrongType(String field) {
		return new InvalidRequestException(field, ApiErrors.message("boundaries.error.wrongType", field));
	}
}
