package org.openmrs.module.boundaries.standalone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openmrs.api.context.Context;
import org.openmrs.api.db.hibernate.DbSessionFactory;

/**
 * Core 2.8.9's Hibernate defaults ({@code hibernate.default.properties}) hold on the stand-in: every server gathers
 * Hibernate's statistics, a cost each request pays on a real server, so the runner pays it too.
 */
@NeedsEmbeddedRunner("reads the platform's session factory in the test's JVM")
@ExtendWith(RunnerExtension.class)
class PlatformHibernateDefaultsTest {

	@Test
	void statisticsAreGatheredWithoutTheRunnersStatisticsOption(StandaloneRunner runner) {
		assertTrue(sessionFactory().getStatistics().isStatisticsEnabled());
	}

	private static SessionFactory sessionFactory() {
		return Context.getRegisteredComponents(DbSessionFactory.class).get(0).getHibernateSessionFactory();
	}
}
