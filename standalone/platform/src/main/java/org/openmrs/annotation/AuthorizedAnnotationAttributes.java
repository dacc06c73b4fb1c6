package org.openmrs.annotation;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;

/**
 * Stand-in for {@code org.openmrs.annotation.AuthorizedAnnotationAttributes}: reads {@link Authorized} from a
 * class or method.
 */
public class AuthorizedAnnotationAttributes {

	public Collection<String> getAttributes(Class<?> target) {
		return privilegesOf(target.getAnnotations());
	}

	public Collection<String> getAttributes(Method method) {
		return privilegesOf(method.getAnnotations());
	}

	public boolean getRequireAll(Class<?> target) {
		return requireAllOf(target.getAnnotations());
	}

	public boolean getRequireAll(Method method) {
		return requireAllOf(method.getAnnotations());
	}

	public boolean hasAuthorizedAnnotation(Method method) {
		for (Annotation annotation : method.getAnnotations()) {
			if (annotation instanceof Authorized) {
				return true;
			}
		}
		return false;
	}

	private static Set<String> privilegesOf(Annotation[] annotations) {
		Set<String> attributes = new HashSet<>();
		for (Annotation annotation : annotations) {
			if (annotation instanceof Authorized) {
				Collections.addAll(attributes, ((Authorized) annotation).value());
				break;
			}
		}
		return attributes;
	}

	private static boolean requireAllOf(Annotation[] annotations) {
		for (Annotation annotation : annotations) {
			if (annotation instanceof Authorized) {
				return ((Authorized) annotation).requireAll();
			}
		}
		return false;
	}
}
