package org.openmrs.module.boundaries.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the controllers a signed-out visitor may reach: the session (to sign in), the pages' strings (the sign-in page
 * needs them) and the fallback that answers 404/405. Every other endpoint is refused with 401 by
 * {@link SignInRequiredInterceptor} before it looks anything up.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface SignInNotRequired {
}
