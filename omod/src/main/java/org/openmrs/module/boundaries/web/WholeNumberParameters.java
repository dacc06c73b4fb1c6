package org.openmrs.module.boundaries.web;

import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole-number request parameters ({@code limit}, {@code startIndex}) of the module's endpoints are read strictly:
 * the whole value must be an integer. OpenMRS binds {@code Integer} parameters with a {@code NumberFormat} of the
 * user's locale ({@code OpenmrsBindingInitializer}), which reads the beginning of the text and drops the rest, so that
 * {@code limit=1e3} would page by 1 and {@code limit=5abc} by 5 instead of answering 400.
 */
@ControllerAdvice(basePackages = "org.openmrs.module.boundaries.web")
public class WholeNumberParameters {

	@InitBinder
	public void readIntegersStrictly(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new CustomNumberEditor(Integer.class, true));
	}
}
