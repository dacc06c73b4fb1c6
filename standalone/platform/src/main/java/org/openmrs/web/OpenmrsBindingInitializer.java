package org.openmrs.web;

import java.text.NumberFormat;

import org.openmrs.api.context.Context;
import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.support.WebBindingInitializer;

/**
 * Stand-in for {@code org.openmrs.web.OpenmrsBindingInitializer}, for what the module meets of it: request parameters
 * of type {@code Integer} are read with a {@code NumberFormat} of the user's locale, which reads the beginning of the
 * text and ignores the rest ({@code "1e3"} is 1, {@code "5abc"} is 5). The editors for OpenMRS objects are left out.
 */
public class OpenmrsBindingInitializer implements WebBindingInitializer {

	@Override
	public void initBinder(WebDataBinder wdb) {
		wdb.registerCustomEditor(Integer.class, new CustomNumberEditor(Integer.class, NumberFormat.getInstance(Context
		        .getLocale()), true));
	}
}
