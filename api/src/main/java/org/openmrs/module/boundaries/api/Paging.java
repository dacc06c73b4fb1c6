package org.openmrs.module.boundaries.api;

/**
 * One page of a list, as the OpenMRS REST conventions ask for it: {@code startIndex} (from 0) and {@code limit}
 * (1 to {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}). Queries fetch one row more than the limit to know
 * whether a next page exists without counting.
 */
public final class Paging {

	public static final int DEFAULT_LIMIT = 50;

	public static final int MAX_LIMIT = 100;

	/** Rows per batch when an export reads every page: larger than any page a client may ask for. */
	public static final int EXPORT_BATCH = 1000;

	private final int startIndex;

	private final int limit;

	private Paging(int startIndex, int limit) {
		this.startIndex = startIndex;
		this.limit = limit;
	}

	/** Paging from optional request parameters; out-of-range values are refused, not clamped. */
	public static Paging of(Integer startIndex, Integer limit) {
		int start = startIndex == null ? 0 : startIndex;
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (start < 0) {
			throw new InvalidRequestException("startIndex", "startIndex must be 0 or more");
		}
		if (size < 1 || size > MAX_LIMIT) {
			throw new InvalidRequestException("limit", "limit must be between 1 and " + MAX_LIMIT);
		}
		return new Paging(start, size);
	}

	/** A batch of an export that reads every row, {@value #EXPORT_BATCH} at a time. */
	public static Paging exportBatch(int startIndex) {
		if (startIndex < 0) {
			throw new IllegalArgumentException("startIndex must be 0 or more");
		}
		return new Paging(startIndex, EXPORT_BATCH);
	}

	public static Paging first(int limit) {
		return of(0, limit);
	}

	public int getStartIndex() {
		return startIndex;
	}

	public int getLimit() {
		return limit;
	}

	/** How many rows a query should fetch: one more than the page, to detect a next page. */
	public int getFetchSize() {
		return limit + 1;
	}
}
