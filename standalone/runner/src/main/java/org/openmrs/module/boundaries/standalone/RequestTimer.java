package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;

/**
 * Runner only, with {@code --statistics}: the outermost filter on {@code /ws/*} adds up how many REST requests were
 * served and the time the server spent on them, from the first filter to the last byte written. With the Hibernate
 * totals next to them in {@link StatisticsServlet}, a benchmark that reads both before and after one request gets
 * that request's server-side time and statement count.
 */
final class RequestTimer implements Filter {

	static final AtomicLong REQUESTS = new AtomicLong();

	static final AtomicLong NANOS = new AtomicLong();

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
	        throws IOException, ServletException {
		long start = System.nanoTime();
		try {
			chain.doFilter(request, response);
			response.flushBuffer();
		}
		finally {
			NANOS.addAndGet(System.nanoTime() - start);
			REQUESTS.incrementAndGet();
		}
	}
}
