package org.openmrs.module.boundaries.standalone.perf;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The benchmark's reads written by hand in SQL: what an engineer would write to fetch exactly what each screen shows
 * (the page's rows with the names of the people on them), executed over JDBC and read to the last column. The module's
 * time is compared with these.
 */
final class HandSql {

	/** A person's preferred name, for a join on {@code <alias>.person_id}. */
	private static String name(String alias, String personColumn) {
		return " LEFT JOIN person_name " + alias + " ON " + alias + ".person_id = " + personColumn + " AND "
		        + alias + ".preferred = TRUE AND " + alias + ".voided = FALSE";
	}

	private static final String THREAD_COLUMNS = "SELECT t.uuid, t.subject, t.category, t.closed, t.date_closed,"
	        + " t.date_created, t.last_message_at, t.last_patient_sequence, t.last_staff_sequence,"
	        + " t.patient_read_sequence, t.staff_read_sequence, t.awaiting_reply_since, t.reply_due_by, t.flagged,"
	        + " pa.uuid, pan.given_name, pan.family_name, pr.uuid, prn.given_name, prn.family_name,"
	        + " ad.uuid, adn.given_name, adn.family_name, cb.uuid FROM ";

	private static final String THREAD_PEOPLE = " t JOIN person pa ON pa.person_id = t.patient_id"
	        + name("pan", "t.patient_id") + " JOIN provider pr ON pr.provider_id = t.provider_id"
	        + name("prn", "pr.person_id") + " JOIN provider ad ON ad.provider_id = t.addressed_to"
	        + name("adn", "ad.person_id") + " LEFT JOIN users cb ON cb.user_id = t.closed_by";

	/**
	 * Inbox, "open" filter, first page of {@code limit} (+1 to know about a next page). Paged lists take the page's
	 * rows first and then join the people on them: joined before the sort, MariaDB sorts every matching row.
	 */
	static final String INBOX_PAGE = THREAD_COLUMNS + "(SELECT * FROM boundaries_thread WHERE provider_id = ?"
	        + " AND voided = FALSE AND closed = FALSE ORDER BY last_message_at DESC, boundaries_thread_id DESC LIMIT ?)"
	        + THREAD_PEOPLE + " ORDER BY t.last_message_at DESC, t.boundaries_thread_id DESC";

	static final String INBOX_SUMMARY = "SELECT SUM(CASE WHEN closed = FALSE THEN 1 ELSE 0 END),"
	        + " SUM(CASE WHEN closed = FALSE AND last_patient_sequence > staff_read_sequence THEN 1 ELSE 0 END),"
	        + " SUM(CASE WHEN closed = FALSE AND awaiting_reply_since IS NOT NULL THEN 1 ELSE 0 END),"
	        + " SUM(CASE WHEN closed = FALSE AND reply_due_by < CURRENT_TIMESTAMP THEN 1 ELSE 0 END),"
	        + " SUM(CASE WHEN closed = TRUE THEN 1 ELSE 0 END)"
	        + " FROM boundaries_thread WHERE provider_id = ? AND voided = FALSE";

	static final String THREAD = THREAD_COLUMNS + "boundaries_thread" + THREAD_PEOPLE + " WHERE t.uuid = ?";

	/** The patient's view of a thread's messages: no staff notes; the sender's name. */
	static final String THREAD_MESSAGES = "SELECT m.uuid, m.sequence, m.sender_role, m.body, m.date_created, m.voided,"
	        + " m.flagged, u.uuid, n.given_name, n.family_name FROM boundaries_message m"
	        + " JOIN users u ON u.user_id = m.creator" + name("n", "u.person_id")
	        + " WHERE m.thread_id = ? AND m.sender_role <> 'STAFF_NOTE' ORDER BY m.sequence";

	static final String CONTACT_PAGE = "SELECT e.uuid, e.occurred_at, e.direction, e.channel, e.summary, e.category,"
	        + " e.concern_kind, e.severity, e.actions, e.actions_note, e.follow_up_date, e.related_message_uuid,"
	        + " e.date_created, e.voided, pa.uuid, pan.given_name, pan.family_name,"
	        + " su.uuid, sun.given_name, sun.family_name, pr.uuid, pr.identifier, prn.given_name, prn.family_name,"
	        + " cu.uuid, cun.given_name, cun.family_name, co.uuid, co.summary"
	        + " FROM (SELECT * FROM boundaries_contact_log_entry WHERE patient_id = ? AND voided = FALSE"
	        + " ORDER BY occurred_at DESC, contact_log_entry_id DESC LIMIT ?) e"
	        + " JOIN person pa ON pa.person_id = e.patient_id" + name("pan", "e.patient_id")
	        + " LEFT JOIN users su ON su.user_id = e.staff_user_id" + name("sun", "su.person_id")
	        + " LEFT JOIN provider pr ON pr.provider_id = e.provider_id" + name("prn", "pr.person_id")
	        + " JOIN users cu ON cu.user_id = e.creator" + name("cun", "cu.person_id")
	        + " LEFT JOIN boundaries_contact_log_entry co ON co.contact_log_entry_id = e.corrects_id"
	        + " ORDER BY e.occurred_at DESC, e.contact_log_entry_id DESC";

	private static final String GIFTS = "SELECT * FROM boundaries_gift WHERE voided = FALSE AND offered_on >= ?"
	        + " AND offered_on <= ? ORDER BY offered_on DESC, gift_id DESC";

	private static final String REGISTER = "SELECT g.uuid, g.description, g.kind, g.estimated_value, g.currency,"
	        + " g.donor, g.donor_name, g.offered_on, g.decision, g.reason, g.declared_on, g.date_created, g.voided,"
	        + " pa.uuid, pan.given_name, pan.family_name, pr.uuid, pr.identifier, prn.given_name, prn.family_name,"
	        + " ru.uuid, run.given_name, run.family_name, cu.uuid, cun.given_name, cun.family_name FROM (%s) g"
	        + " JOIN person pa ON pa.person_id = g.patient_id" + name("pan", "g.patient_id")
	        + " LEFT JOIN provider pr ON pr.provider_id = g.recipient_provider_id" + name("prn", "pr.person_id")
	        + " LEFT JOIN users ru ON ru.user_id = g.recipient_user_id" + name("run", "ru.person_id")
	        + " JOIN users cu ON cu.user_id = g.creator" + name("cun", "cu.person_id")
	        + " ORDER BY g.offered_on DESC, g.gift_id DESC";

	/** The register's first page for a period: the page's gifts, then the people on them. */
	static final String REGISTER_PAGE = String.format(REGISTER, GIFTS + " LIMIT ?");

	/** The whole register for a period (the CSV export). */
	static final String REGISTER_ALL = String.format(REGISTER, GIFTS);

	private HandSql() {
	}

	/** Runs a query with its parameters and reads every column of every row; returns the number of rows. */
	static int run(Connection connection, String sql, Object... parameters) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement(sql)) {
			for (int i = 0; i < parameters.length; i++) {
				statement.setObject(i + 1, parameters[i]);
			}
			int rows = 0;
			try (ResultSet rs = statement.executeQuery()) {
				int columns = rs.getMetaData().getColumnCount();
				while (rs.next()) {
					for (int c = 1; c <= columns; c++) {
						rs.getObject(c);
					}
					rows++;
				}
			}
			return rows;
		}
	}
}
