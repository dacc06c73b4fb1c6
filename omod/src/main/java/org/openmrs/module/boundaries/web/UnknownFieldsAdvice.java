package org.openmrs.module.boundaries.web;

import java.lang.reflect.Type;

import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/** Refuses a request body that names a field its {@link JsonRequest} class does not have. */
@ControllerAdvice(basePackages = "org.openmrs.module.boundaries.web")
public class UnknownFieldsAdvice extends RequestBodyAdviceAdapter {

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
	        Class<? extends HttpMessageConverter<?>> converterType) {
		return JsonRequest.class.isAssignableFrom(parameter.getParameterType());
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
	        Class<? extends HttpMessageConverter<?>> converterType) {
		// a body of JSON null reaches here as null; Spring then refuses it as a missing body (400)
		if (!(body instanceof JsonRequest)) {
			return body;
		}
		JsonRequest request = (JsonRequest) body;
		if (!request.unknownFields().isEmpty()) {
			String field = request.unknownFields().get(0);
			throw new InvalidRequestException(field, ApiErrors.message("boundaries.error.unknownField", field));
		}
		return body;
	}
}
