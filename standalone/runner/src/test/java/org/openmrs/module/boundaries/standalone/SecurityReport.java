package org.openmrs.module.boundaries.standalone;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Counts what the security suite checked and prints one summary line when the test run ends, e.g.
 * {@code Security suite: 812 authorization cells, 31 hostile payloads in 4210 requests, 9 pages, 26 CSRF endpoints}.
 * Test classes add {@code @ExtendWith(SecurityReport.class)} and call {@link #count}.
 */
public class SecurityReport implements BeforeAllCallback {

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SecurityReport.class);

	private static final Map<String, AtomicInteger> COUNTS = new TreeMap<>();

	@Override
	public void beforeAll(ExtensionContext context) {
		context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Printer.class, type -> new Printer(), Printer.class);
	}

	/** Adds to one of the counts: "authorization cells", "hostile payloads", "pages"... */
	static synchronized void count(String what, int n) {
		COUNTS.computeIfAbsent(what, k -> new AtomicInteger()).addAndGet(n);
	}

	/** Keeps the larger value: for counts that are a size (how many payloads), not a sum. */
	static synchronized void atLeast(String what, int n) {
		AtomicInteger count = COUNTS.computeIfAbsent(what, k -> new AtomicInteger());
		count.set(Math.max(count.get(), n));
	}

	static synchronized String summary() {
		StringBuilder line = new StringBuilder("Security suite:");
		String separator = " ";
		for (Map.Entry<String, AtomicInteger> count : COUNTS.entrySet()) {
			line.append(separator).append(count.getValue().get()).append(' ').append(count.getKey());
			separator = ", ";
		}
		return line.toString();
	}

	private static final class Printer implements ExtensionContext.Store.CloseableResource {

		@Override
		public void close() {
			System.out.println(summary());
		}
	}
}
