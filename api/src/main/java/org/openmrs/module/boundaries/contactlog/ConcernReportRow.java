package org.openmrs.module.boundaries.contactlog;

import java.util.EnumMap;
import java.util.Map;

import org.openmrs.Provider;

/** One line of the concern report: how many boundary concerns of one kind involved one provider, by severity. */
public final class ConcernReportRow {

	private final Provider provider;

	private final ConcernKind kind;

	private final Map<ConcernSeverity, Long> countsBySeverity = new EnumMap<>(ConcernSeverity.class);

	public ConcernReportRow(Provider provider, ConcernKind kind) {
		this.provider = provider;
		this.kind = kind;
		for (ConcernSeverity severity : ConcernSeverity.values()) {
			countsBySeverity.put(severity, 0L);
		}
	}

	void add(ConcernSeverity severity, long count) {
		countsBySeverity.merge(severity, count, Long::sum);
	}

	/** The provider involved, or null for concerns that named no provider. */
	public Provider getProvider() {
		return provider;
	}

	public ConcernKind getKind() {
		return kind;
	}

	public long getCount(ConcernSeverity severity) {
		return countsBySeverity.get(severity);
	}

	public long getTotal() {
		return countsBySeverity.values().stream().mapToLong(Long::longValue).sum();
	}
}
