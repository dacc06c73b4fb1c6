package org.openmrs.api.handler;

import java.util.ArrayList;
import java.util.Date;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.User;
import org.openmrs.annotation.Handler;
import org.openmrs.aop.RequiredDataAdvice;
import org.openmrs.api.context.Context;

/**
 * Stand-in for {@code org.openmrs.api.handler.UserSaveHandler}: gives the user a generated system id if it has
 * none and runs the save handlers on the user's person.
 */
@Handler(supports = User.class)
public class UserSaveHandler implements SaveHandler<User> {

	@Override
	public void handle(User user, User creator, Date dateCreated, String other) {
		if (StringUtils.isEmpty(user.getSystemId())) {
			user.setSystemId(Context.getUserService().generateSystemId());
		}
		if (user.getPerson() != null) {
			RequiredDataAdvice.recursivelyHandle(SaveHandler.class, user.getPerson(), creator, dateCreated, other,
			    new ArrayList<>());
		}
	}
}
