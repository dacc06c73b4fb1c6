package org.openmrs.module.boundaries.standalone.perf;

import java.util.Arrays;

/** Durations in nanoseconds, summarised as percentiles in milliseconds. */
final class Timings {

	private long[] nanos = new long[64];

	private int size;

	synchronized void add(long duration) {
		if (size == nanos.length) {
			nanos = Arrays.copyOf(nanos, size * 2);
		}
		nanos[size++] = duration;
	}

	synchronized int size() {
		return size;
	}

	/** The nearest-rank percentile, in milliseconds. */
	synchronized double percentile(double p) {
		if (size == 0) {
			return Double.NaN;
		}
		long[] sorted = Arrays.copyOf(nanos, size);
		Arrays.sort(sorted);
		int rank = (int) Math.ceil(p / 100 * size);
		return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
	}
}
