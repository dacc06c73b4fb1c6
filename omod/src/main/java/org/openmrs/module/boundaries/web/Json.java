package org.openmrs.module.boundaries.web;

import java.text.SimpleDateFormat;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.module.boundaries.api.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Small helpers for response bodies. Responses are plain maps, lists, strings, numbers and booleans, so they
 * serialize the same whatever Jackson configuration the platform's dispatcher has.
 */
public final class Json {

	/** The date format of the OpenMRS REST API, always in UTC. */
	public static final String DATE_FORMAT = "yyyy-MM-dd'T'HH:mm:ss.SSSZ";

	private Json() {
	}

	/** A reference to another object: {@code {"uuid", "display"}}. */
	public static Map<String, Object> ref(String uuid, String display) {
		Map<String, Object> ref = new LinkedHashMap<>();
		ref.put("uuid", uuid);
		ref.put("display", display);
		return ref;
	}

	public static String date(Date date) {
		if (date == null) {
			return null;
		}
		SimpleDateFormat format = new SimpleDateFormat(DATE_FORMAT);
		format.setTimeZone(TimeZone.getTimeZone("UTC"));
		return format.format(date);
	}

	/** The list shape of the OpenMRS REST API: {@code {"results": [...], "links": [{"rel": "next", "uri"}]}}. */
	public static Map<String, Object> results(List<?> results, String nextUri) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("results", results);
		if (nextUri != null) {
			Map<String, Object> next = new LinkedHashMap<>();
			next.put("rel", "next");
			next.put("uri", nextUri);
			body.put("links", Collections.singletonList(next));
		}
		return body;
	}

	/** A page in the list shape, with a next link that repeats the request's own parameters. */
	public static Map<String, Object> page(Page<?> page, HttpServletRequest request) {
		String next = null;
		if (page.hasMore()) {
			next = ServletUriComponentsBuilder.fromRequest(request)
			        .replaceQueryParam("startIndex", page.getPaging().getStartIndex() + page.getPaging().getLimit())
			        .replaceQueryParam("limit", page.getPaging().getLimit()).build().toUriString();
		}
		return results(page.getRows(), next);
	}
}
