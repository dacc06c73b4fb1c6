package org.openmrs.messagesource.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.openmrs.util.LocaleUtility;
import org.springframework.context.support.AbstractMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Stand-in for {@code org.openmrs.messagesource.impl.MutableResourceBundleMessageSource}: every
 * {@code messages*.properties} on the classpath (the platform's and each module's, read as UTF-8) merged per
 * locale; a code is looked up in the exact locale, then its language, then the default file, and is returned
 * as is when unknown.
 */
public class MutableResourceBundleMessageSource extends AbstractMessageSource {

	private static final String PATTERN = "classpath*:messages*.properties";

	private volatile Map<String, Properties> byLocaleSuffix;

	public MutableResourceBundleMessageSource() {
		setUseCodeAsDefaultMessage(true);
	}

	/** Forgets what was read, so that the next lookup reads the files again. */
	public void clearCache() {
		byLocaleSuffix = null;
	}

	@Override
	protected MessageFormat resolveCode(String code, Locale locale) {
		String message = resolveCodeWithoutArguments(code, locale);
		return message == null ? null : createMessageFormat(message, locale);
	}

	@Override
	protected String resolveCodeWithoutArguments(String code, Locale locale) {
		Map<String, Properties> files = files();
		for (String suffix : suffixes(locale)) {
			Properties props = files.get(suffix);
			if (props != null) {
				String message = props.getProperty(code);
				if (message != null) {
					return message;
				}
			}
		}
		return null;
	}

	private static List<String> suffixes(Locale locale) {
		List<String> suffixes = new ArrayList<>();
		if (locale == null) {
			locale = LocaleUtility.getDefaultLocale();
		}
		if (!locale.getCountry().isEmpty()) {
			suffixes.add("_" + locale.getLanguage() + "_" + locale.getCountry());
		}
		if (!locale.getLanguage().isEmpty()) {
			suffixes.add("_" + locale.getLanguage());
		}
		suffixes.add("");
		return suffixes;
	}

	private Map<String, Properties> files() {
		Map<String, Properties> files = byLocaleSuffix;
		if (files == null) {
			files = new ConcurrentHashMap<>();
			try {
				ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
				for (Resource resource : new PathMatchingResourcePatternResolver(classLoader).getResources(PATTERN)) {
					String name = resource.getFilename();
					if (name == null || !name.matches("messages(_[A-Za-z]{2,3}(_[A-Za-z0-9]+)?)?\\.properties")) {
						continue;
					}
					String suffix = name.substring("messages".length(), name.length() - ".properties".length());
					Properties merged = files.computeIfAbsent(suffix, s -> new Properties());
					Properties props = new Properties();
					try (InputStream in = resource.getInputStream();
					        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
						props.load(reader);
					}
					for (String key : props.stringPropertyNames()) {
						merged.putIfAbsent(key, props.getProperty(key));
					}
				}
			}
			catch (IOException e) {
				throw new IllegalStateException("Unable to read messages*.properties from the classpath", e);
			}
			byLocaleSuffix = files;
		}
		return files;
	}
}
