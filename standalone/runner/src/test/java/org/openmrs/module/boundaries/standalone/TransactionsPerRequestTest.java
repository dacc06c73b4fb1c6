package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.api.context.Context;
import org.openmrs.api.db.hibernate.DbSessionFactory;

/**
 * The thread view, the page a portal patient opens most, reads in one transaction of its own. Each transaction costs
 * three round trips to the database besides its queries (autocommit off, {@code COMMIT}, autocommit on), which on a
 * real server took more of MariaDB's time than the queries. Counted beside a request the module answers without
 * reading anything, which pays only the platform's own transactions (the REST module's filter reads a global property
 * in one).
 */
@NeedsEmbeddedRunner("counts transactions with the platform's session factory in the test's JVM")
@ExtendWith(RunnerExtension.class)
class TransactionsPerRequestTest {

	private static final String API = Fixtures.API;

	/** Tries per request: the least is its own, whatever else the server did meanwhile (its scheduled tasks). */
	private static final int TRIES = 3;

	@Test
	void theThreadViewReadsInOneTransaction(TargetServer server) throws Exception {
		HttpSession patient = new HttpSession(server);
		Fixtures.signIn(patient, DemoAccount.PATIENT);
		String thread = patient.get(API + "/thread").json().get("results").get(0).get("uuid").asText();

		long platform = fewestTransactions(patient, API + "/no-such-resource", 404);
		long threadView = fewestTransactions(patient, API + "/thread/" + thread, 200);

		assertEquals(platform + 1, threadView);
	}

	private static long fewestTransactions(HttpSession session, String path, int status) throws Exception {
		Statistics statistics = Context.getRegisteredComponents(DbSessionFactory.class).get(0)
		        .getHibernateSessionFactory().getStatistics();
		long fewest = Long.MAX_VALUE;
		for (int i = 0; i < TRIES; i++) {
			long before = statistics.getTransactionCount();
			HttpSession.Response response = session.get(path);
			assertEquals(status, response.status(), response.toString());
			fewest = Math.min(fewest, statistics.getTransactionCount() - before);
		}
		return fewest;
	}
}
