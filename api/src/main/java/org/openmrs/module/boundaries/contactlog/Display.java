package org.openmrs.module.boundaries.contactlog;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Person;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.module.boundaries.api.Names;

/** How the log names the people it refers to, in summaries, pages and exports. */
public final class Display {

	private Display() {
	}

	public static String of(Person person) {
		return person == null || person.getPersonName() == null ? null : Names.full(person.getPersonName());
	}

	public static String of(Provider provider) {
		return provider == null ? null : provider(of(provider.getPerson()), provider.getIdentifier());
	}

	public static String of(User user) {
		return user == null ? null : user(of(user.getPerson()), user.getUsername(), user.getSystemId());
	}

	/** A provider by their person's name, else their identifier. */
	static String provider(String personName, String identifier) {
		return personName != null ? personName : identifier;
	}

	/** A user by their person's name, else their username, else their system id. */
	static String user(String personName, String username, String systemId) {
		return personName != null ? personName : StringUtils.defaultIfBlank(username, systemId);
	}

	/** Who a gift was offered to, for exports: the provider, the member of staff, or both when they differ. */
	public static String recipient(String provider, String user) {
		if (provider == null || user == null || provider.equals(user)) {
			return provider != null ? provider : user;
		}
		return provider + " / " + user;
	}
}
