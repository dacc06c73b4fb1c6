package org.openmrs.module.boundaries.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the one state-changing handler that cannot carry a CSRF token because it is what issues one: sign-in. It is
 * still refused from another origin and only accepts a JSON body, which a cross-site form cannot send.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CsrfTokenNotRequired {
}
