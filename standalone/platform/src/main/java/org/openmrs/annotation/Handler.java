package org.openmrs.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Stand-in for {@code org.openmrs.annotation.Handler}: marks a handler (e.g. a Spring {@code Validator}) for the
 * given classes; lower {@code order} wins. Not meta-annotated as a Spring component: as in the real platform,
 * the {@code org.openmrs} component scan includes classes carrying it.
 */
@Target({ ElementType.TYPE })
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Documented
public @interface Handler {

	Class<?>[] supports() default {};

	int order() default Integer.MAX_VALUE;
}
