package org.openmrs.module.boundaries.web;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Answers 401 to a signed-out request for any endpoint not marked {@link SignInNotRequired}, before the controller
 * runs. Services refuse such requests anyway, but a controller looks up the uuids it is given first, so without this a
 * visitor could tell from 404 versus 401 whether a patient or provider uuid exists.
 */
public class SignInRequiredInterceptor implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		if (handler instanceof HandlerMethod
		        && !((HandlerMethod) handler).getBeanType().isAnnotationPresent(SignInNotRequired.class)
		        && !Context.isAuthenticated()) {
			throw new APIAuthenticationException("Sign in first");
		}
		return true;
	}
}
