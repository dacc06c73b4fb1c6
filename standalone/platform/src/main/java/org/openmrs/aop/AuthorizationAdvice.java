package org.openmrs.aop;

import java.lang.reflect.Method;
import java.util.Collection;

import org.openmrs.annotation.AuthorizedAnnotationAttributes;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.Daemon;
import org.openmrs.util.PrivilegeConstants;
import org.springframework.aop.MethodBeforeAdvice;

/**
 * Stand-in for {@code org.openmrs.aop.AuthorizationAdvice}: before a service method annotated
 * {@code @Authorized}, requires one of its privileges (all with {@code requireAll}), or, with none listed, a
 * signed-in user; otherwise throws {@link APIAuthenticationException} ("Privileges required: ..." or "Basic
 * authentication required").
 */
public class AuthorizationAdvice implements MethodBeforeAdvice {

	@Override
	public void before(Method method, Object[] args, Object target) throws Throwable {
		if (Daemon.isDaemonThread()) {
			return;
		}
		AuthorizedAnnotationAttributes attributes = new AuthorizedAnnotationAttributes();
		Collection<String> privileges = attributes.getAttributes(method);
		boolean requireAll = attributes.getRequireAll(method);
		if (!privileges.isEmpty()) {
			try {
				Context.addProxyPrivilege(PrivilegeConstants.GET_ROLES);
				for (String privilege : privileges) {
					if (privilege == null || privilege.isEmpty()) {
						return;
					}
					if (Context.hasPrivilege(privilege)) {
						if (!requireAll) {
							return;
						}
					} else if (requireAll) {
						throwUnauthorized(privilege);
					}
				}
			}
			finally {
				Context.removeProxyPrivilege(PrivilegeConstants.GET_ROLES);
			}
			if (!requireAll) {
				throwUnauthorized(String.join(",", privileges));
			}
		} else if (attributes.hasAuthorizedAnnotation(method) && !Context.isAuthenticated()) {
			throw new APIAuthenticationException(Context.getMessageSourceService().getMessage(
			    "error.aunthenticationRequired"));
		}
	}

	private void throwUnauthorized(String privileges) {
		throw new APIAuthenticationException(Context.getMessageSourceService().getMessage("error.privilegesRequired",
		    new Object[] { privileges }, null));
	}
}
