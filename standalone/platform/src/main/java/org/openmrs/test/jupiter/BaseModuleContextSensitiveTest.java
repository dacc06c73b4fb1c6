package org.openmrs.test.jupiter;

import org.springframework.test.context.ContextConfiguration;

/**
 * Stand-in for {@code org.openmrs.test.jupiter.BaseModuleContextSensitiveTest} (openmrs-api test-jar): the base of a
 * module's context-sensitive JUnit 5 tests; the context also loads the module's
 * {@code moduleApplicationContext.xml} and any {@code TestingApplicationContext.xml}.
 */
@ContextConfiguration(locations = { "classpath:applicationContext-service.xml", "classpath*:TestingApplicationContext.xml",
        "classpath*:moduleApplicationContext.xml" }, inheritLocations = false)
public abstract class BaseModuleContextSensitiveTest extends BaseContextSensitiveTest {
}
