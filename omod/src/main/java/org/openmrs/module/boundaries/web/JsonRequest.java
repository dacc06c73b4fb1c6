package org.openmrs.module.boundaries.web;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonAnySetter;

/**
 * Base of every request body class. Fields the API does not know are collected rather than silently dropped, so that
 * a misspelt field is reported to the client ({@link UnknownFieldsAdvice}) instead of being ignored.
 */
public abstract class JsonRequest {

	private final List<String> unknownFields = new ArrayList<>();

	@JsonAnySetter
	public void collectUnknownField(String name, Object value) {
		unknownFields.add(name);
	}

	public List<String> unknownFields() {
		return Collections.unmodifiableList(unknownFields);
	}
}
