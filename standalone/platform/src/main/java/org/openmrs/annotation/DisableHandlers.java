package org.openmrs.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.openmrs.api.handler.RequiredDataHandler;

/**
 * Stand-in for {@code org.openmrs.annotation.DisableHandlers}: a collection field that the listed handler types
 * must not walk into.
 */
@Target({ ElementType.FIELD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface DisableHandlers {

	@SuppressWarnings("rawtypes")
	Class<? extends RequiredDataHandler>[] handlerTypes();
}
