package org.openmrs.module.boundaries.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.Provider;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;

/**
 * A full name costs no platform warning, whether the platform has name layouts (core's test context declares them, as
 * legacyui does on a server) or not (an OpenMRS 3 server without legacyui, and the stand-in), and reads as the platform
 * writes it.
 */
public class NamesTest extends BaseModuleContextSensitiveTest {

	private final List<String> warnings = new ArrayList<>();

	private AbstractAppender capture;

	@BeforeEach
	public void captureWarnings() {
		Names.forgetLayouts();
		capture = new AbstractAppender("names-test", null, null, true, Property.EMPTY_ARRAY) {

			@Override
			public void append(LogEvent event) {
				warnings.add(event.getLoggerName() + ": " + event.getMessage().getFormattedMessage());
			}
		};
		capture.start();
		LoggerContext context = (LoggerContext) LogManager.getContext(false);
		context.getConfiguration().getRootLogger().addAppender(capture, Level.WARN, null);
		context.updateLoggers();
	}

	@AfterEach
	public void stopCapturing() {
		LoggerContext context = (LoggerContext) LogManager.getContext(false);
		context.getConfiguration().getRootLogger().removeAppender(capture.getName());
		context.updateLoggers();
		capture.stop();
	}

	@Test
	public void aFullNameLogsNothing() {
		PersonName name = new PersonName("Amelia", null, "Hart");

		for (int i = 0; i < 3; i++) {
			assertEquals("Amelia Hart", Names.full(name));
		}
		assertTrue(warnings.isEmpty(), warnings.toString());
	}

	@Test
	public void aProvidersNameIsItsPersonsFullNameAndLogsNothing() {
		Person person = new Person();
		person.addName(new PersonName("Rahul", null, "Mehta"));
		Provider provider = new Provider();
		provider.setPerson(person);

		assertEquals("Rahul Mehta", Names.of(provider));
		assertTrue(warnings.isEmpty(), warnings.toString());
	}
}
