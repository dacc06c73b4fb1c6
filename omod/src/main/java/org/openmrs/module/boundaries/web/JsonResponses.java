package org.openmrs.module.boundaries.web;

import java.util.Collections;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;

/**
 * The module's endpoints answer JSON, whatever the client prefers. OpenMRS's dispatcher also has an XStream XML
 * converter, so a request preferring XML (a browser opening an API address sends {@code application/xml;q=0.9}
 * before its {@code *}{@code /*}) got XStream's dump of the response's maps instead of the API's JSON. Declaring
 * JSON as the only type the handler produces (as {@code produces} would, for every mapping) makes such a request
 * JSON, and one that accepts nothing but XML a 406 (a CSV export, which sets its own type, is not concerned).
 */
public class JsonResponses implements HandlerInterceptor {

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		request.setAttribute(HandlerMapping.PRODUCIBLE_MEDIA_TYPES_ATTRIBUTE,
		    Collections.singleton(MediaType.APPLICATION_JSON));
		return true;
	}
}
