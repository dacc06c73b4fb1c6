package org.openmrs.module.boundaries.api;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.PersonName;
import org.openmrs.Provider;
import org.openmrs.api.APIException;
import org.openmrs.layout.name.NameSupport;
import org.openmrs.util.OpenmrsConstants;

/**
 * People's full names as the platform writes them, without its cost where no name layout is set up.
 * {@link PersonName#getFullName()} asks the platform's name layouts ({@link NameSupport}) first; OpenMRS 2.8 declares
 * them only in UI modules (legacyui), so on an OpenMRS 3 server every call throws inside the platform and logs "No name
 * layout format set": measured on a real 2.8.9, three million log lines in an hour of benchmark and a quarter of the
 * whole-year gift export's time. Where the layouts exist they are used, as before; where not, the name is joined as
 * the platform then joins it, once found out rather than at every name.
 */
public final class Names {

	/** Whether the platform has name layouts; null until first needed, and again after the context is refreshed. */
	private static volatile Boolean layouts;

	private Names() {
	}

	public static String full(PersonName name) {
		if (name == null) {
			return null;
		}
		return hasLayouts() ? name.getFullName() : joined(name);
	}

	/** A provider's name as the platform gives it ({@link Provider#getName()}: its person's full name). */
	public static String of(Provider provider) {
		if (provider.getPerson() != null && provider.getPerson().getPersonName() != null) {
			return full(provider.getPerson().getPersonName());
		}
		return provider.getName();
	}

	/** For the module's context refresh: a module started since (a UI module) may have brought the layouts. */
	public static void forgetLayouts() {
		layouts = null;
	}

	private static boolean hasLayouts() {
		Boolean known = layouts;
		if (known == null) {
			try {
				NameSupport.getInstance();
				known = true;
			}
			catch (APIException notInstantiated) {
				known = false;
			}
			layouts = known;
		}
		return known;
	}

	/** The platform's own fallback in {@link PersonName#getFullName()}, short or long as its format says. */
	private static String joined(PersonName name) {
		List<String> parts = new ArrayList<>();
		addIfText(parts, name.getPrefix());
		addIfText(parts, name.getGivenName());
		addIfText(parts, name.getMiddleName());
		if (OpenmrsConstants.PERSON_NAME_FORMAT_LONG.equals(PersonName.getFormat())) {
			addIfText(parts, name.getFamilyNamePrefix());
			addIfText(parts, name.getFamilyName());
			addIfText(parts, name.getFamilyName2());
			addIfText(parts, name.getFamilyNameSuffix());
			addIfText(parts, name.getDegree());
		} else {
			addIfText(parts, name.getFamilyName());
		}
		return String.join(" ", parts).trim();
	}

	private static void addIfText(List<String> parts, String part) {
		if (StringUtils.isNotBlank(part)) {
			parts.add(part);
		}
	}
}
