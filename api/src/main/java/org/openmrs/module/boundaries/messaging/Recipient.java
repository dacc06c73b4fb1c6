package org.openmrs.module.boundaries.messaging;

import org.openmrs.Provider;
import org.openmrs.module.boundaries.boundaries.EffectiveBoundaries;

/**
 * A provider a patient may write to, where a new thread for them would go, and, when asked for one provider, the
 * terms of whoever will answer: their boundaries and whether the patient must acknowledge them first.
 */
public final class Recipient {

	private final Routing.Route route;

	private final EffectiveBoundaries boundaries;

	private final boolean acknowledgementNeeded;

	Recipient(Routing.Route route, EffectiveBoundaries boundaries, boolean acknowledgementNeeded) {
		this.route = route;
		this.boundaries = boundaries;
		this.acknowledgementNeeded = acknowledgementNeeded;
	}

	public Provider getProvider() {
		return route.getAddressedTo();
	}

	public Routing.Route getRoute() {
		return route;
	}

	/** The boundaries of the provider who will answer; null in the list of recipients. */
	public EffectiveBoundaries getBoundaries() {
		return boundaries;
	}

	public boolean isAcknowledgementNeeded() {
		return acknowledgementNeeded;
	}
}
