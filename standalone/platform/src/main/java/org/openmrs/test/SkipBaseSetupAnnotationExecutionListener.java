package org.openmrs.test;

import java.lang.reflect.Method;

import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Stand-in for {@code org.openmrs.test.SkipBaseSetupAnnotationExecutionListener}: calls {@code skipBaseSetup()} on
 * the test instance when the method or class carries {@link SkipBaseSetup}.
 */
public class SkipBaseSetupAnnotationExecutionListener extends AbstractTestExecutionListener {

	@Override
	public void beforeTestMethod(TestContext testContext) throws Exception {
		SkipBaseSetup skipBaseSetup = testContext.getTestMethod().getAnnotation(SkipBaseSetup.class);
		if (skipBaseSetup == null) {
			skipBaseSetup = testContext.getTestClass().getAnnotation(SkipBaseSetup.class);
		}
		if (skipBaseSetup != null) {
			Method method;
			try {
				method = testContext.getTestClass().getMethod("skipBaseSetup");
			}
			catch (NoSuchMethodException e) {
				throw new Exception("There is no method named 'skipBaseSetup' on the " + testContext.getTestClass()
				        + " class", e);
			}
			method.invoke(testContext.getTestInstance());
		}
	}
}
