package org.openmrs.module.boundaries.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.commons.lang3.LocaleUtils;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module's strings for its pages, in one locale: every {@code boundaries.*} key of the module's message
 * properties for the locale's language, the English file filling what a translation lacks. Placeholders ({0}) are left for the page to fill.
 */
@SignInNotRequired
@RestController
@RequestMapping("/rest/v1/boundaries/messages")
public class MessagesController {

	private static final String PREFIX = "boundaries.";

	private final Map<String, Map<String, String>> bundles = new ConcurrentHashMap<>();

	@GetMapping
	public ResponseEntity<Map<String, Object>> messages(@RequestParam(required = false) String locale) {
		Locale chosen = locale == null ? Context.getLocale() : parse(locale);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("locale", chosen.getLanguage());
		body.put("messages", bundles.computeIfAbsent(bundleLanguage(chosen.getLanguage()), this::load));
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(body);
	}

	/**
	 * The language whose bundle serves a request: its own when a translation file exists, English otherwise. Caching
	 * by the requested language instead would let anyone, signed in or not, fill the server's memory with one copy of
	 * the English strings per made-up language code.
	 */
	private String bundleLanguage(String language) {
		if (language.isEmpty() || bundles.containsKey(language)
		        || getClass().getClassLoader().getResource("messages_" + language + ".properties") != null) {
			return language;
		}
		return "";
	}

	/** How many bundles are held in memory. */
	int cachedBundles() {
		return bundles.size();
	}

	private static Locale parse(String locale) {
		try {
			return LocaleUtils.toLocale(locale.replace('-', '_'));
		}
		catch (IllegalArgumentException e) {
			throw new InvalidRequestException("locale", "Not a locale: " + locale);
		}
	}

	private Map<String, String> load(String language) {
		Map<String, String> messages = new TreeMap<>();
		merge(messages, "messages.properties");
		if (!language.isEmpty()) {
			merge(messages, "messages_" + language + ".properties");
		}
		return messages;
	}

	/** Other message files (the platform's own) may share the name: only this module's keys are taken. */
	private void merge(Map<String, String> messages, String resource) {
		try {
			Enumeration<URL> urls = getClass().getClassLoader().getResources(resource);
			while (urls.hasMoreElements()) {
				Properties properties = new Properties();
				try (InputStream in = urls.nextElement().openStream()) {
					properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
				}
				for (String key : properties.stringPropertyNames()) {
					if (key.startsWith(PREFIX)) {
						messages.put(key, properties.getProperty(key));
					}
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
