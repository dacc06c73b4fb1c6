package org.openmrs.module.boundaries.standalone;

import javax.servlet.ServletContext;

import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.XmlWebApplicationContext;

/**
 * The platform's single Spring application context, built from the same configuration files, in the same
 * order, as the real web.xml's {@code contextConfigLocation}: every module's moduleApplicationContext.xml
 * and webModuleApplicationContext.xml, the platform's applicationContext-service.xml and the web layer's
 * openmrs-servlet.xml. Module controllers (component-scanned in {@code org.openmrs}) and the /ws/*
 * dispatcher's handler mappings and exception resolvers all live here; the dispatcher's own context is
 * empty.
 */
public final class PlatformContext {

	static final String[] CONFIG_LOCATIONS = { "classpath*:/moduleApplicationContext.xml",
	        "classpath*:/webModuleApplicationContext.xml", "classpath:applicationContext-service.xml",
	        "classpath:openmrs-servlet.xml" };

	private PlatformContext() {
	}

	/**
	 * Creates and refreshes the context and, when there is a servlet context, registers it as the web
	 * application's root context (where OpenSessionInViewFilter and the dispatcher servlet look for it).
	 *
	 * @param servletContext the web application, or null to start the platform without one
	 */
	public static XmlWebApplicationContext start(ServletContext servletContext) {
		XmlWebApplicationContext context = new XmlWebApplicationContext();
		context.setId("openmrs");
		context.setConfigLocations(CONFIG_LOCATIONS);
		context.setClassLoader(Thread.currentThread().getContextClassLoader());
		if (servletContext != null) {
			context.setServletContext(servletContext);
		}
		context.refresh();
		if (servletContext != null) {
			servletContext.setAttribute(WebApplicationContext.ROOT_WEB_APPLICATION_CONTEXT_ATTRIBUTE, context);
		}
		return context;
	}
}
