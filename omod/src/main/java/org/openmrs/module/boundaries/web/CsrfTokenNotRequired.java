package org.openmrs.module.boundaries.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that takes state-changing methods without a CSRF token: sign-in, because it is what issues one (it
 * only accepts a JSON body, which a cross-site form cannot send), and the fallback that answers 404/405 and changes
 * nothing. Both are still refused from another origin.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface CsrfTokenNotRequired {
}
