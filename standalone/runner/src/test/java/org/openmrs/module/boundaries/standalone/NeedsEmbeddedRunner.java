package org.openmrs.module.boundaries.standalone;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * A test (class or method) that needs the embedded runner's insides: the platform in the same JVM, its database
 * driver, restarts. Against an external server ({@code -Dboundaries.targetUrl}) it is skipped, with the reason.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(NeedsEmbeddedRunner.Condition.class)
@interface NeedsEmbeddedRunner {

	/** What of the runner the test needs, shown when it is skipped. */
	String value();

	/** Skips the annotated tests against an external server. */
	final class Condition implements ExecutionCondition {

		@Override
		public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
			if (!TargetServer.isExternal()) {
				return ConditionEvaluationResult.enabled("embedded runner");
			}
			return context.getElement().flatMap(element -> AnnotationSupport.findAnnotation(element,
			    NeedsEmbeddedRunner.class)).map(needs -> ConditionEvaluationResult.disabled("Skipped against "
			            + System.getProperty(TargetServer.TARGET_URL)
			            + ": needs the embedded runner (" + needs.value() + ")"))
			        .orElseGet(() -> ConditionEvaluationResult.enabled("runs against any server"));
		}
	}
}
