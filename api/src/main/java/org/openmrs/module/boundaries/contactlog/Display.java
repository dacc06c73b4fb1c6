package org.openmrs.module.boundaries.contactlog;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.User;

/** How the log names the people it refers to, in summaries, pages and exports. */
public final class Display {

	private Display() {
	}

	public static String of(Person person) {
		return person == null || person.getPersonName() == null ? null : person.getPersonName().getFullName();
	}

	public static String of(Provider provider) {
		if (provider == null) {
			return null;
		}
		String name = of(provider.getPerson());
		return name != null ? name : provider.getIdentifier();
	}

	public static String of(User user) {
		if (user == null) {
			return null;
		}
		String name = of(user.getPerson());
		return name != null ? name : StringUtils.defaultIfBlank(user.getUsername(), user.getSystemId());
	}
}
