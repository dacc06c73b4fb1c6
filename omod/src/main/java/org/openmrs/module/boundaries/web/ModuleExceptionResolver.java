package org.openmrs.module.boundaries.web;

import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.method.annotation.ExceptionHandlerMethodResolver;
import org.springframework.web.servlet.mvc.method.annotation.ExceptionHandlerExceptionResolver;
import org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod;
import org.springframework.web.util.UrlPathHelper;

/**
 * Makes {@link RestErrorHandler} take effect. OpenMRS's dispatcher declares only a SimpleMappingExceptionResolver
 * (openmrs-servlet.xml), so {@code @ExceptionHandler} advice would never run and an exception would come back as
 * HTTP 200 (it maps every exception to its "uncaughtException" view since 2.6.9) or escape the dispatcher as a 500
 * (2.6.0-2.6.8, where it maps only APIException). This resolver runs first, and only for this module's own controllers and
 * for requests to this module's API that no controller method accepts (a wrong method or media type: 405, 415),
 * leaving every other module's requests exactly as the platform handles them.
 */
public class ModuleExceptionResolver extends ExceptionHandlerExceptionResolver {

	private static final String WEB_PACKAGE_PREFIX = ModuleExceptionResolver.class.getPackage().getName() + ".";

	/** The module's API, relative to the dispatcher that serves /ws/* */
	private static final String API_PATH = "/rest/v1/boundaries";

	private final UrlPathHelper urlPathHelper = new UrlPathHelper();

	public ModuleExceptionResolver() {
		setOrder(Ordered.HIGHEST_PRECEDENCE);
		setMessageConverters(Collections.singletonList(new MappingJackson2HttpMessageConverter()));
	}

	@Override
	protected boolean shouldApplyTo(HttpServletRequest request, Object handler) {
		if (handler == null) {
			String path = urlPathHelper.getLookupPathForRequest(request);
			return path.equals(API_PATH) || path.startsWith(API_PATH + "/");
		}
		return handler instanceof HandlerMethod
		        && ((HandlerMethod) handler).getBeanType().getName().startsWith(WEB_PACKAGE_PREFIX);
	}

	/**
	 * With no controller method chosen, Spring offers the exception to advice that applies to every controller only;
	 * the module's advice (limited to its own package) answers it here.
	 */
	@Override
	protected ServletInvocableHandlerMethod getExceptionHandlerMethod(HandlerMethod handlerMethod, Exception exception) {
		if (handlerMethod != null) {
			return super.getExceptionHandlerMethod(handlerMethod, exception);
		}
		for (Map.Entry<ControllerAdviceBean, ExceptionHandlerMethodResolver> entry : getExceptionHandlerAdviceCache()
		        .entrySet()) {
			Class<?> adviceType = entry.getKey().getBeanType();
			if (adviceType != null && adviceType.getName().startsWith(WEB_PACKAGE_PREFIX)) {
				Method method = entry.getValue().resolveMethod(exception);
				if (method != null) {
					return new ServletInvocableHandlerMethod(entry.getKey().resolveBean(), method);
				}
			}
		}
		return null;
	}
}
