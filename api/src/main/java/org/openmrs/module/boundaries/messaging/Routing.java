package org.openmrs.module.boundaries.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.openmrs.Provider;

/**
 * Where a patient's new thread for a provider goes, given the rules in force: first the patient's own restrictions and
 * transfers of care, then the coverage of whoever that leads to, and so on along the chain, never visiting a provider
 * twice (two colleagues covering each other end where the chain would loop).
 */
public final class Routing {

	private final Map<Integer, RoutingRule> restrictionsByProvider = new HashMap<>();

	private final Map<Integer, RoutingRule> coveragesByProvider = new HashMap<>();

	/** Rules most recent first: the first rule for a provider wins. */
	public Routing(List<MessagingRestriction> restrictions, List<Coverage> coverages) {
		restrictions.forEach(rule -> restrictionsByProvider.putIfAbsent(rule.getProvider().getId(), rule));
		coverages.forEach(rule -> coveragesByProvider.putIfAbsent(rule.getProvider().getId(), rule));
	}

	public Route routeFor(Provider addressedTo) {
		List<RoutingRule> applied = new ArrayList<>();
		Set<Integer> visited = new HashSet<>();
		Provider target = addressedTo;
		visited.add(target.getId());
		while (true) {
			RoutingRule rule = restrictionsByProvider.get(target.getId());
			if (rule == null) {
				rule = coveragesByProvider.get(target.getId());
			}
			if (rule == null || !visited.add(rule.getRouteTo().getId())) {
				return new Route(addressedTo, target, applied);
			}
			applied.add(rule);
			target = rule.getRouteTo();
		}
	}

	/** The outcome: who a thread is addressed to, who it goes to, and the rules that sent it there, in order. */
	public static final class Route {

		private final Provider addressedTo;

		private final Provider target;

		private final List<RoutingRule> applied;

		Route(Provider addressedTo, Provider target, List<RoutingRule> applied) {
			this.addressedTo = addressedTo;
			this.target = target;
			this.applied = Collections.unmodifiableList(applied);
		}

		public Provider getAddressedTo() {
			return addressedTo;
		}

		public Provider getTarget() {
			return target;
		}

		public boolean isRedirected() {
			return !applied.isEmpty();
		}

		/** The first rule that moved the thread away from the provider the patient chose, if any. */
		public RoutingRule getFirstRule() {
			return applied.isEmpty() ? null : applied.get(0);
		}

		/** True when the patient may not message the chosen provider at all (restriction or transfer of care). */
		public boolean isRestricted() {
			return getFirstRule() instanceof MessagingRestriction;
		}
	}
}
