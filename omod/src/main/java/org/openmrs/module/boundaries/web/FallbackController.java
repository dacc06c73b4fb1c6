package org.openmrs.module.boundaries.web;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.BeanFactoryUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Answers every request under the module's REST prefix that none of its controllers takes: 404 for an unknown path,
 * 405 (with {@code Allow}) for a method the path does not support, 415 for a body that is not JSON, 400 for parameters
 * no form of the endpoint accepts. Without it OpenMRS's dispatcher finds no handler, so the module's error handling
 * never runs: a wrong method comes back as HTTP 200 carrying a serialized exception and an unknown path as the
 * container's HTML error page. Its patterns are less specific than any real mapping, so a real mapping wins over it.
 */
@SignInNotRequired
@RestController
public class FallbackController {

	static final String PREFIX = "/rest/v1/boundaries";

	@Autowired
	private ApplicationContext applicationContext;

	// The explicit depths outrank the REST module's own catch-alls (/rest/v1/{resource}/{uuid}/...), which would
	// otherwise take every request under the prefix that no real mapping takes, on every server with the REST module
	@RequestMapping(path = { PREFIX, PREFIX + "/{first}", PREFIX + "/{first}/{second}",
	        PREFIX + "/{first}/{second}/{third}", PREFIX + "/{first}/{second}/{third}/{fourth}", PREFIX + "/**" },
	        method = { RequestMethod.GET, RequestMethod.HEAD, RequestMethod.POST, RequestMethod.PUT, RequestMethod.PATCH,
	                RequestMethod.DELETE, RequestMethod.OPTIONS })
	@CsrfTokenNotRequired
	public ResponseEntity<Map<String, Object>> unmatched(HttpServletRequest request) {
		Set<String> allowed = new TreeSet<>();
		boolean pathKnown = false;
		boolean methodAllowed = false;
		boolean mediaTypeAccepted = false;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : moduleMappings()) {
			RequestMappingInfo info = mapping.getKey();
			if (info.getActivePatternsCondition().getMatchingCondition(request) == null) {
				continue;
			}
			pathKnown = true;
			for (RequestMethod method : info.getMethodsCondition().getMethods()) {
				allowed.add(method.name());
				if (method == RequestMethod.GET) {
					allowed.add(RequestMethod.HEAD.name());
				}
			}
			if (info.getMethodsCondition().getMatchingCondition(request) != null) {
				methodAllowed = true;
				mediaTypeAccepted |= info.getConsumesCondition().getMatchingCondition(request) != null;
			}
		}
		if (!pathKnown) {
			return ApiErrors.response(HttpStatus.NOT_FOUND, "boundaries.error.noSuchResource");
		}
		if (RequestMethod.OPTIONS.name().equals(request.getMethod())) {
			allowed.add(RequestMethod.OPTIONS.name());
			return ResponseEntity.ok().header(HttpHeaders.ALLOW, String.join(", ", allowed)).build();
		}
		if (!methodAllowed) {
			ResponseEntity<Map<String, Object>> error = ApiErrors.response(HttpStatus.METHOD_NOT_ALLOWED,
			    "boundaries.error.methodNotAllowed");
			return ResponseEntity.status(error.getStatusCode()).headers(error.getHeaders())
			        .header(HttpHeaders.ALLOW, String.join(", ", allowed)).body(error.getBody());
		}
		if (!mediaTypeAccepted) {
			return ApiErrors.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "boundaries.error.unsupportedMediaType");
		}
		return ApiErrors.response(HttpStatus.BAD_REQUEST, "boundaries.error.invalid");
	}

	/**
	 * Every mapping of this module's controllers but this one's, from the dispatcher's handler mappings (which also hold
	 * other modules' mappings, such as the REST module's).
	 */
	private Set<Map.Entry<RequestMappingInfo, HandlerMethod>> moduleMappings() {
		Set<Map.Entry<RequestMappingInfo, HandlerMethod>> mappings = new LinkedHashSet<>();
		for (RequestMappingHandlerMapping handlerMapping : BeanFactoryUtils
		        .beansOfTypeIncludingAncestors(applicationContext, RequestMappingHandlerMapping.class).values()) {
			for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : handlerMapping.getHandlerMethods().entrySet()) {
				Class<?> controller = mapping.getValue().getBeanType();
				if (controller != FallbackController.class && ModuleExceptionResolver.isModuleController(controller)) {
					mappings.add(mapping);
				}
			}
		}
		return mappings;
	}
}
