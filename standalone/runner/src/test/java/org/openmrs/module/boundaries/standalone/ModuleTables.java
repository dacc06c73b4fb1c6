package org.openmrs.module.boundaries.standalone;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the module has written, read straight from the server's database over JDBC: for every table of the module
 * ({@code boundaries_*}) and the platform's alert tables it writes to, the number of rows and a checksum of their
 * contents. Two snapshots are equal when not a single value changed, so "nothing was written" is
 * {@code assertEquals(before, ModuleTables.snapshot())}.
 */
final class ModuleTables implements AutoCloseable {

	private static final String[] PREFIXES = { "boundaries_", "notification_alert" };

	private final Connection connection;

	private final List<String> tables = new ArrayList<>();

	ModuleTables(TargetServer server) throws SQLException {
		connection = server.connectDatabase();
	}

	/** Row counts and checksums of the module's tables now. */
	Snapshot snapshot() throws SQLException {
		if (tables.isEmpty()) {
			findTables();
		}
		Map<String, String> state = new TreeMap<>();
		try (Statement st = connection.createStatement()) {
			for (String table : tables) {
				long rows = 0;
				long sum = 0;
				try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
					int columns = rs.getMetaData().getColumnCount();
					while (rs.next()) {
						rows++;
						int hash = 1;
						for (int i = 1; i <= columns; i++) {
							hash = 31 * hash + Objects.hashCode(rs.getString(i));
						}
						// a sum does not depend on the order rows come back in
						sum += hash * 0x9E3779B97F4A7C15L;
					}
				}
				state.put(table, rows + " rows #" + Long.toHexString(sum));
			}
		}
		return new Snapshot(state);
	}

	int count(String table, String where) throws SQLException {
		try (Statement st = connection.createStatement();
		        ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table + (where == null ? "" : " WHERE " + where))) {
			rs.next();
			return rs.getInt(1);
		}
	}

	private void findTables() throws SQLException {
		DatabaseMetaData metaData = connection.getMetaData();
		try (ResultSet rs = metaData.getTables(connection.getCatalog(), null, "%", new String[] { "TABLE" })) {
			while (rs.next()) {
				String name = rs.getString("TABLE_NAME");
				String schema = rs.getString("TABLE_SCHEM");
				if (schema != null && schema.equalsIgnoreCase("INFORMATION_SCHEMA")) {
					continue;
				}
				for (String prefix : PREFIXES) {
					if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
						tables.add(name);
					}
				}
			}
		}
	}

	@Override
	public void close() throws SQLException {
		connection.close();
	}

	/** The state of the module's tables at one moment. */
	static final class Snapshot {

		private final Map<String, String> tables;

		Snapshot(Map<String, String> tables) {
			this.tables = tables;
		}

		/** The tables whose contents differ, before -> after; empty when nothing changed. */
		String changesTo(Snapshot after) {
			StringBuilder changes = new StringBuilder();
			for (Map.Entry<String, String> table : after.tables.entrySet()) {
				String before = tables.get(table.getKey());
				if (!table.getValue().equals(before)) {
					changes.append(table.getKey()).append(": ").append(before).append(" -> ").append(table.getValue())
					        .append("; ");
				}
			}
			return changes.toString();
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Snapshot && tables.equals(((Snapshot) other).tables);
		}

		@Override
		public int hashCode() {
			return tables.hashCode();
		}

		@Override
		public String toString() {
			return tables.toString();
		}
	}
}
