package org.openmrs.module.boundaries.standalone.perf;

import java.util.Arrays;
import java.util.Random;

/**
 * Picks an index in {@code [0, n)} with Zipf-like weights {@code 1 / (rank + 1)^exponent}: index 0 is the busiest,
 * a few indexes take a large share, and the long tail still gets some. This is the realistic skew of a practice: a
 * few very busy providers and patients.
 */
final class Skew {

	private final double[] cumulative;

	Skew(int n, double exponent) {
		cumulative = new double[n];
		double total = 0;
		for (int i = 0; i < n; i++) {
			total += 1 / Math.pow(i + 1, exponent);
			cumulative[i] = total;
		}
		for (int i = 0; i < n; i++) {
			cumulative[i] /= total;
		}
	}

	int next(Random random) {
		int found = Arrays.binarySearch(cumulative, random.nextDouble());
		int index = found >= 0 ? found : -found - 1;
		return Math.min(index, cumulative.length - 1);
	}
}
