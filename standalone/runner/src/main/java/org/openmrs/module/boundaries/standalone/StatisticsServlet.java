package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.hibernate.stat.Statistics;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * {@code GET /openmrs/runner/statistics}: Hibernate's running totals since start, as JSON, for benchmarks that count
 * the SQL statements one request costs, and the REST requests served with their total server-side time
 * ({@link RequestTimer}); read before and after one request, nothing else running. Served only when the runner
 * is started with {@code --statistics}; it touches no table, so reading it costs no statement.
 */
class StatisticsServlet extends HttpServlet {

	static final String PATH = "/runner/statistics";

	private static final long serialVersionUID = 1L;

	@Override
	protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
		Statistics statistics = WebApplicationContextUtils.getRequiredWebApplicationContext(getServletContext())
		        .getBean(DbSessionFactory.class).getHibernateSessionFactory().getStatistics();
		String json = String.format(
		    "{\"enabled\":%b,\"prepareStatementCount\":%d,\"queryExecutionCount\":%d,\"entityLoadCount\":%d,"
		            + "\"collectionFetchCount\":%d,\"entityFetchCount\":%d,\"transactionCount\":%d,\"requestCount\":%d,"
		            + "\"requestNanos\":%d}",
		    statistics.isStatisticsEnabled(), statistics.getPrepareStatementCount(),
		    statistics.getQueryExecutionCount(), statistics.getEntityLoadCount(), statistics.getCollectionFetchCount(),
		    statistics.getEntityFetchCount(), statistics.getTransactionCount(),
		    RequestTimer.REQUESTS.get(), RequestTimer.NANOS.get());
		resp.setContentType("application/json");
		resp.setHeader("Cache-Control", "no-store");
		resp.getOutputStream().write(json.getBytes(StandardCharsets.UTF_8));
	}
}
