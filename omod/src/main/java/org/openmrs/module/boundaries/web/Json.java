package org.openmrs.module.boundaries.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.module.boundaries.api.Page;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Small helpers for response bodies. Responses are plain maps, lists, strings, numbers and booleans, so they
 * serialize the same whatever Jackson configuration the platform's dispatcher has.
 */
public final class Json {

	/**
	 * The date format of the OpenMRS REST API ({@code yyyy-MM-dd'T'HH:mm:ss.SSSZ}), always in UTC. One shared,
	 * immutable formatter: a SimpleDateFormat per date cost a microsecond each, 125 of them for an inbox page.
	 */
	private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ")
	        .withZone(ZoneOffset.UTC);

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
		// from the milliseconds: a java.sql.Date (a DATE column) has no toInstant()
		return date == null ? null : DATE_FORMAT.format(Instant.ofEpochMilli(date.getTime()));
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
