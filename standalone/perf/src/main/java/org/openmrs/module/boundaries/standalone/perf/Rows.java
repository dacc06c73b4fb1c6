package org.openmrs.module.boundaries.standalone.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bulk insert into one table: rows are collected and written as multi-row {@code INSERT ... VALUES (..), (..)}
 * statements of {@link #CHUNK} rows (one prepared statement reused for every full chunk), committed chunk by chunk.
 * Works the same on MariaDB and H2, and is what makes millions of rows a matter of minutes.
 */
final class Rows implements AutoCloseable {

	static final int CHUNK = 500;

	private final Connection connection;

	private final String table;

	private final String[] columns;

	private final List<Object[]> pending = new ArrayList<>(CHUNK);

	private PreparedStatement fullChunk;

	private long written;

	Rows(Connection connection, String table, String... columns) {
		this.connection = connection;
		this.table = table;
		this.columns = columns;
	}

	void add(Object... values) throws SQLException {
		if (values.length != columns.length) {
			throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.length + " columns");
		}
		pending.add(values);
		if (pending.size() == CHUNK) {
			flush();
		}
	}

	long written() {
		return written + pending.size();
	}

	private void flush() throws SQLException {
		if (pending.isEmpty()) {
			return;
		}
		PreparedStatement statement;
		if (pending.size() == CHUNK) {
			if (fullChunk == null) {
				fullChunk = connection.prepareStatement(sql(CHUNK));
			}
			statement = fullChunk;
		} else {
			statement = connection.prepareStatement(sql(pending.size()));
		}
		try {
			int index = 1;
			for (Object[] row : pending) {
				for (Object value : row) {
					statement.setObject(index++, value);
				}
			}
			statement.executeUpdate();
			connection.commit();
		}
		finally {
			if (statement != fullChunk) {
				statement.close();
			}
		}
		written += pending.size();
		pending.clear();
	}

	private String sql(int rows) {
		String row = "(" + String.join(",", Collections.nCopies(columns.length, "?")) + ")";
		return "INSERT INTO " + table + " (" + String.join(",", columns) + ") VALUES "
		        + String.join(",", Collections.nCopies(rows, row));
	}

	@Override
	public void close() throws SQLException {
		flush();
		if (fullChunk != null) {
			fullChunk.close();
		}
	}
}
