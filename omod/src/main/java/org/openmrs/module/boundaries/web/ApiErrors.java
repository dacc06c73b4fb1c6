package org.openmrs.module.boundaries.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openmrs.api.context.Context;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.Errors;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/**
 * The JSON error shape of the OpenMRS REST conventions:
 * {@code {"error": {"message", "code", "fieldErrors": {field: [{code, message}]}, "globalErrors": [...]}}}. Messages
 * come from the module's message properties in the signed-in user's locale.
 */
public final class ApiErrors {

	private ApiErrors() {
	}

	public static ResponseEntity<Map<String, Object>> response(HttpStatus status, String code, Object... args) {
		return build(status, code, message(code, args), null);
	}

	public static ResponseEntity<Map<String, Object>> response(HttpStatus status, String code, String message) {
		return build(status, code, message, null);
	}

	/** A 400 whose detail is one offending request field. */
	public static ResponseEntity<Map<String, Object>> fieldError(String field, String code, String message) {
		Map<String, List<Map<String, String>>> fieldErrors = new LinkedHashMap<>();
		fieldErrors.computeIfAbsent(field, f -> new ArrayList<>()).add(entry(code, message));
		return build(HttpStatus.BAD_REQUEST, "boundaries.error.invalid", message, fieldErrors);
	}

	/** A 400 listing every field and global error a validator reported. */
	public static ResponseEntity<Map<String, Object>> validation(Errors errors) {
		Map<String, List<Map<String, String>>> fieldErrors = new LinkedHashMap<>();
		for (FieldError fieldError : errors.getFieldErrors()) {
			fieldErrors.computeIfAbsent(fieldError.getField(), f -> new ArrayList<>())
			        .add(entry(fieldError.getCode(), resolve(fieldError)));
		}
		List<Map<String, String>> globalErrors = new ArrayList<>();
		for (ObjectError globalError : errors.getGlobalErrors()) {
			globalErrors.add(entry(globalError.getCode(), resolve(globalError)));
		}
		String message = !globalErrors.isEmpty() ? globalErrors.get(0).get("message")
		        : fieldErrors.isEmpty() ? message("boundaries.error.invalid")
		                : fieldErrors.values().iterator().next().get(0).get("message");
		ResponseEntity<Map<String, Object>> response = build(HttpStatus.BAD_REQUEST, "boundaries.error.invalid", message,
		    fieldErrors);
		if (!globalErrors.isEmpty()) {
			errorBody(response).put("globalErrors", globalErrors);
		}
		return response;
	}

	/** The message for a code in the current locale, or the code itself when no message is defined. */
	public static String message(String code, Object... args) {
		return Context.getMessageSourceService().getMessage(code, args, code, Context.getLocale());
	}

	private static String resolve(ObjectError error) {
		return Context.getMessageSourceService().getMessage(error.getCode(), error.getArguments(),
		    error.getDefaultMessage() != null ? error.getDefaultMessage() : error.getCode(), Context.getLocale());
	}

	private static Map<String, String> entry(String code, String message) {
		Map<String, String> entry = new LinkedHashMap<>();
		entry.put("code", code);
		entry.put("message", message);
		return entry;
	}

	private static ResponseEntity<Map<String, Object>> build(HttpStatus status, String code, String message,
	        Map<String, List<Map<String, String>>> fieldErrors) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("code", code);
		if (fieldErrors != null && !fieldErrors.isEmpty()) {
			error.put("fieldErrors", fieldErrors);
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("error", error);
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> errorBody(ResponseEntity<Map<String, Object>> response) {
		return (Map<String, Object>) response.getBody().get("error");
	}
}
