package org.openmrs.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code org.openmrs.annotation.Authorized}: the privileges a service method needs (any one of
 * them, or all with {@code requireAll}); with no privileges the caller must merely be signed in.
 */
@Target({ ElementType.METHOD, ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface Authorized {

	String[] value() default {};

	boolean requireAll() default false;
}
