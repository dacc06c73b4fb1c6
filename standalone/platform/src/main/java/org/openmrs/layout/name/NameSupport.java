package org.openmrs.layout.name;

import org.openmrs.api.APIException;

/**
 * Stand-in for {@code org.openmrs.layout.name.NameSupport}, the name layouts (short, long, ...). Core 2.8.9 declares
 * that bean in none of its own application contexts (only in its test context); UI modules such as legacyui do. The
 * stand-in has none, as an OpenMRS 3 server without them, so {@link #getInstance()} throws as core's does then.
 */
public class NameSupport {

	private NameSupport() {
	}

	public static NameSupport getInstance() {
		throw new APIException("Not Yet Instantiated");
	}
}
