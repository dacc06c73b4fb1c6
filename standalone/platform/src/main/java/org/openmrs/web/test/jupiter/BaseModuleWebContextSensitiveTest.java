package org.openmrs.web.test.jupiter;

import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.web.WebAppConfiguration;

/**
 * Stand-in for {@code org.openmrs.web.test.jupiter.BaseModuleWebContextSensitiveTest} (openmrs-web test-jar): a
 * module test whose context is a web application context that also loads {@code openmrs-servlet.xml} and the
 * module's {@code webModuleApplicationContext.xml}; build MockMvc from the autowired
 * {@code WebApplicationContext}.
 */
@WebAppConfiguration
@ContextConfiguration(locations = { "classpath*:openmrs-servlet.xml", "classpath*:webModuleApplicationContext.xml" }, inheritLocations = true)
public abstract class BaseModuleWebContextSensitiveTest extends BaseModuleContextSensitiveTest {
}
