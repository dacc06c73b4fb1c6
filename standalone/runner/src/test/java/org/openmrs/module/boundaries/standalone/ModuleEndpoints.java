package org.openmrs.module.boundaries.standalone;

import java.net.URI;
import java.util.Map;
import java.util.TreeMap;

import org.openmrs.api.context.Context;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The module's REST endpoints as the running runner's dispatcher knows them: every handler mapping (method, path
 * pattern and conditions such as {@code params="format=csv"}) under {@code /rest/v1/boundaries}, read from the
 * platform's Spring context, except the module's fallback for requests no endpoint takes.
 */
final class ModuleEndpoints {

	static final String PREFIX = "/rest/v1/boundaries";

	private static final String FALLBACK = "org.openmrs.module.boundaries.web.FallbackController";

	private ModuleEndpoints() {
	}

	/** Every endpoint, keyed by its mapping as Spring prints it, e.g. {@code {GET [/rest/v1/boundaries/session]}}. */
	static Map<String, RequestMappingInfo> all() {
		Map<String, RequestMappingInfo> endpoints = new TreeMap<>();
		for (RequestMappingHandlerMapping mapping : Context.getRegisteredComponents(RequestMappingHandlerMapping.class)) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				RequestMappingInfo info = entry.getKey();
				boolean module = info.getPatternValues().stream().anyMatch(p -> p.startsWith(PREFIX));
				if (module && !entry.getValue().getBeanType().getName().equals(FALLBACK)) {
					endpoints.put(info.toString(), info);
				}
			}
		}
		return endpoints;
	}

	/**
	 * The endpoint the dispatcher would pick for a request, or null when none (the fallback) would take it.
	 *
	 * @param pathAndQuery relative to the /ws dispatcher, e.g. {@code /rest/v1/boundaries/gift?format=csv}
	 */
	static String resolve(String method, String pathAndQuery, String contentType) throws Exception {
		URI uri = URI.create("http://localhost" + pathAndQuery);
		MockHttpServletRequest request = new MockHttpServletRequest(method, "/openmrs/ws" + uri.getRawPath());
		request.setContextPath("/openmrs");
		request.setServletPath("/ws");
		request.setPathInfo(uri.getPath());
		if (uri.getRawQuery() != null) {
			request.setQueryString(uri.getRawQuery());
			for (String pair : uri.getQuery().split("&")) {
				int eq = pair.indexOf('=');
				request.addParameter(eq < 0 ? pair : pair.substring(0, eq), eq < 0 ? "" : pair.substring(eq + 1));
			}
		}
		if (contentType != null) {
			request.setContentType(contentType);
			request.addHeader("Content-Type", contentType);
			request.setContent("{}".getBytes());
		}
		for (RequestMappingHandlerMapping mapping : Context.getRegisteredComponents(RequestMappingHandlerMapping.class)) {
			HandlerExecutionChain chain = mapping.getHandler(request);
			if (chain == null || !(chain.getHandler() instanceof HandlerMethod)) {
				continue;
			}
			HandlerMethod handler = (HandlerMethod) chain.getHandler();
			if (handler.getBeanType().getName().equals(FALLBACK)) {
				return null;
			}
			for (Map.Entry<RequestMappingInfo, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
				if (entry.getValue().getMethod().equals(handler.getMethod())
				        && entry.getKey().getMatchingCondition(request) != null) {
					return entry.getKey().toString();
				}
			}
		}
		return null;
	}
}
