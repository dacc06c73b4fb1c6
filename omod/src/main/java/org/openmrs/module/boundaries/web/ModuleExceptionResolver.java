package org.openmrs.module.boundaries.web;

import java.util.Collections;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;

/**
 * Makes {@link RestErrorHandler} take effect. OpenMRS's dispatcher declares only a SimpleMappingExceptionResolver
 * (openmrs-servlet.xml), so {@code @ExceptionHandler} advice would never run and an exception would come back as
 * HTTP 200. This resolver runs first, and only for this module's own controllers, leaving every other module's
 * requests exactly as the platform handles them.
 */
public class ModuleExceptionResolver extends ExceptionHandlerExceptionResolver {

	private static final String WEB_PACKAGE_PREFIX = ModuleExceptionResolver.class.getPackage().getName() + ".";

	public ModuleExceptionResolver() {
		setOrder(Ordered.HIGHEST_PRECEDENCE);
		setMessageConverters(Collections.singletonList(new MappingJackson2HttpMessageConverter()));
	}

	@Override
	protected boolean shouldApplyTo(HttpServletRequest request, Object handler) {
		return handler instanceof HandlerMethod && isModuleController(((HandlerMethod) handler).getBeanType());
	}

	/**
	 * Leaves alone a failure after a streamed export's first bytes: no error body can follow them, so the exception
	 * goes on to the container, which cuts the response short rather than let it end as if complete.
	 */
	@Override
	protected ModelAndView doResolveHandlerMethodException(HttpServletRequest request, HttpServletResponse response,
	        HandlerMethod handlerMethod, Exception exception) {
		return response.isCommitted() ? null
		        : super.doResolveHandlerMethodException(request, response, handlerMethod, exception);
	}

	/** True for a controller of this module; the dispatcher also holds other modules' (the REST module's). */
	static boolean isModuleController(Class<?> controller) {
		return controller.getName().startsWith(WEB_PACKAGE_PREFIX);
	}
}
