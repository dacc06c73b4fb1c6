package org.openmrs.module.boundaries.api;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The rows of one page and whether another page follows. */
public final class Page<T> {

	private final List<T> rows;

	private final boolean hasMore;

	private final Paging paging;

	private Page(List<T> rows, boolean hasMore, Paging paging) {
		this.rows = rows;
		this.hasMore = hasMore;
		this.paging = paging;
	}

	/** Builds a page from a query that fetched {@link Paging#getFetchSize()} rows. */
	public static <T> Page<T> fromFetched(List<T> fetched, Paging paging) {
		boolean more = fetched.size() > paging.getLimit();
		List<T> rows = more ? fetched.subList(0, paging.getLimit()) : fetched;
		return new Page<>(Collections.unmodifiableList(rows), more, paging);
	}

	public List<T> getRows() {
		return rows;
	}

	public boolean hasMore() {
		return hasMore;
	}

	public Paging getPaging() {
		return paging;
	}

	public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
		return new Page<>(rows.stream().map(mapper).collect(Collectors.toList()), hasMore, paging);
	}
}
