package org.openmrs.module.boundaries.standalone.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The time MariaDB spent executing statements in the benchmarked database, from {@code performance_schema}'s statement
 * digests: the same server-side measure for the module's statements (every one a request issued, transaction control
 * included) and for the hand-written SQL, without the HTTP, servlet, Spring and Hibernate work around them; and the
 * statements MariaDB executed, so that a server whose Hibernate statistics cannot be read is counted too, its
 * transaction control ({@code SET autocommit}, {@code COMMIT}) included. Available
 * only where MariaDB was started with {@code --performance-schema=ON} (it is off by default); {@link #on} is null
 * elsewhere, and on H2.
 */
final class DatabaseTime {

	// this reading's own statement is left out of the next one
	private static final String TOTAL = "SELECT COALESCE(SUM(SUM_TIMER_WAIT), 0), COALESCE(SUM(COUNT_STAR), 0) FROM"
	        + " performance_schema.events_statements_summary_by_digest WHERE SCHEMA_NAME = DATABASE()"
	        + " AND (DIGEST_TEXT IS NULL OR DIGEST_TEXT NOT LIKE '%performance_schema%')";

	private static final long PICOS_PER_NANO = 1000;

	private final Connection jdbc;

	private DatabaseTime(Connection jdbc) {
		this.jdbc = jdbc;
	}

	/** Null when the database has no statement digests to read. */
	static DatabaseTime on(Connection jdbc) {
		try (PreparedStatement st = jdbc.prepareStatement("SELECT @@performance_schema");
		        ResultSet rs = st.executeQuery()) {
			return rs.next() && rs.getBoolean(1) ? new DatabaseTime(jdbc) : null;
		}
		catch (SQLException notMariaDb) {
			return null;
		}
	}

	/** Statement execution in this database so far. */
	Reading read() throws SQLException {
		try (PreparedStatement st = jdbc.prepareStatement(TOTAL); ResultSet rs = st.executeQuery()) {
			rs.next();
			return new Reading(rs.getLong(1) / PICOS_PER_NANO, rs.getLong(2));
		}
	}

	/** Running totals: nanoseconds of execution and statements executed. */
	static final class Reading {

		static final Reading NONE = new Reading(0, 0);

		final long nanos;

		final long statements;

		Reading(long nanos, long statements) {
			this.nanos = nanos;
			this.statements = statements;
		}

		Reading since(Reading before) {
			return new Reading(nanos - before.nanos, statements - before.statements);
		}
	}
}
