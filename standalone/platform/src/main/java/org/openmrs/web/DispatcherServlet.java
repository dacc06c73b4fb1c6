package org.openmrs.web;

import javax.servlet.ServletException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.BeansException;
import org.springframework.web.context.ConfigurableWebApplicationContext;

/**
 * Stand-in for openmrs-web's dispatcher servlet, mapped to {@code /ws/*}. As in the real web.xml it is
 * given an empty {@code contextConfigLocation}: its own context holds nothing, and every handler
 * mapping, adapter, exception resolver, view resolver and controller comes from the root application
 * context (applicationContext-service.xml, openmrs-servlet.xml and every module's
 * moduleApplicationContext.xml and webModuleApplicationContext.xml).
 */
public class DispatcherServlet extends org.springframework.web.servlet.DispatcherServlet {

	private static final long serialVersionUID = 1L;

	private static final Logger log = LoggerFactory.getLogger(DispatcherServlet.class);

	@Override
	protected void initFrameworkServlet() throws ServletException, BeansException {
		log.debug("Framework being initialized");
		super.initFrameworkServlet();
	}

	public void stopAndCloseApplicationContext() {
		try {
			ConfigurableWebApplicationContext ctx = (ConfigurableWebApplicationContext) getWebApplicationContext();
			if (ctx != null) {
				ctx.stop();
				ctx.close();
			}
		}
		catch (Exception e) {
			log.error("Exception while stopping and closing dispatcherServlet context: ", e);
		}
	}
}
