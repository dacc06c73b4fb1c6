package org.openmrs.module.boundaries.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

import org.dbunit.dataset.xml.FlatXmlDataSetBuilder;
import org.hibernate.CacheMode;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.api.context.Context;
import org.openmrs.api.db.hibernate.DbSession;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.module.boundaries.messaging.MessagingSettings;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The lists the spec gives performance targets for cost the same number of SQL statements for a short and a long
 * page: no statement per row (N+1), however many different people the rows name. Counted with Hibernate's statistics
 * on the real web context, with the session cleared and the platform's second-level cache ignored (neither read nor
 * written) for each request, so that nothing comes from a cache: what a request costs at most. What the second-level
 * cache saves is checked too. The
 * data: sixty threads, log entries and gifts, each naming a different patient, provider and member of staff, and a
 * thread of sixty messages from sixty different senders. This is a guard, not a timing: the timings are in
 * standalone/perf (docs/performance.md).
 */
public class StatementCountTest extends BoundariesWebTest {

	private static final String DATASET = "org/openmrs/module/boundaries/messaging/MessagingDataset.xml";

	private static final int ROWS = 60;

	/**
	 * What a reply may cost: lock the thread (the first read), read it with its providers, then their and the patient's
	 * persons, insert the message, update the thread. The size limit comes from memory, as in the running module.
	 */
	private static final long REPLY_STATEMENTS = 5;

	/** What starting a wait adds: the provider's published terms, and the automatic acknowledgement. */
	private static final long WAIT_STATEMENTS = 3;

	private static final String PATIENT_UUID = "00009103-0000-4000-8000-000000000000";

	private static final String LONG_THREAD = "0000a000-0000-4000-8000-000000000001";

	private static final String SHORT_THREAD = "0000a000-0000-4000-8000-000000000002";

	@Autowired
	private DbSessionFactory sessionFactory;

	private Statistics statistics;

	@BeforeEach
	public void manyRowsEachNamingOtherPeople() throws Exception {
		executeDataSet(DATASET);
		executeDataSet(new FlatXmlDataSetBuilder().setColumnSensing(true).build(new StringReader(dataset())));
		statistics = sessionFactory.getHibernateSessionFactory().getStatistics();
		statistics.setStatisticsEnabled(true);
	}

	@AfterEach
	public void statisticsOff() {
		statistics.setStatisticsEnabled(false);
	}

	@Test
	public void inboxPageCostsAsManyStatementsForFiftyThreadsAsForFive() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		assertSameCost(doctor, API + "/thread?filter=open&limit=5", API + "/thread?filter=open&limit=50");
	}

	@Test
	public void closedThreadsPageCostsAsManyStatementsForFiftyThreadsAsForFive() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		assertSameCost(doctor, API + "/thread?filter=closed&limit=5", API + "/thread?filter=closed&limit=50");
	}

	@Test
	public void patientsThreadListCostsAsManyStatementsForAllThreadsAsForOne() throws Exception {
		SignedIn patient = signIn("patient", "test");
		assertSameCost(patient, API + "/thread?limit=1", API + "/thread?limit=50");
	}

	@Test
	public void threadViewCostsAsManyStatementsForSixtyMessagesAsForTwo() throws Exception {
		SignedIn patient = signIn("patient", "test");
		assertSameCost(patient, API + "/thread/" + SHORT_THREAD, API + "/thread/" + LONG_THREAD);
	}

	@Test
	public void staffThreadViewWithReadReceiptsCostsAsManyStatementsForSixtyMessagesAsForTwo() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		assertSameCost(doctor, API + "/thread/" + SHORT_THREAD + "?v=full", API + "/thread/" + LONG_THREAD + "?v=full");
	}

	@Test
	public void chartContactLogPageCostsAsManyStatementsForFiftyEntriesAsForFive() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		assertSameCost(doctor, API + "/contact?patient=" + PATIENT_UUID + "&limit=5",
		    API + "/contact?patient=" + PATIENT_UUID + "&limit=50");
	}

	@Test
	public void giftRegisterPageCostsAsManyStatementsForFiftyGiftsAsForFive() throws Exception {
		SignedIn manager = signIn("manager", "test");
		String year = API + "/report/gifts?fromDate=2025-01-01&toDate=2025-12-31&limit=";
		assertSameCost(manager, year + 5, year + 50);
	}

	@Test
	public void chartGiftListCostsAsManyStatementsForFiftyGiftsAsForFive() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		assertSameCost(doctor, API + "/gift?patient=" + PATIENT_UUID + "&limit=5",
		    API + "/gift?patient=" + PATIENT_UUID + "&limit=50");
	}

	@Test
	public void inboxPageReadsNoPersonTheSecondLevelCacheHolds() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		String page = API + "/thread?filter=open&limit=50";
		long cold = statementsFor(doctor, page);
		statementsWithTheCacheAsItIs(doctor, page);
		long warm = statementsWithTheCacheAsItIs(doctor, page);
		assertEquals(cold - 1, warm, "statements for the page once its patients and providers are in the cache");
	}

	@Test
	public void threadViewReadsNoSenderTheSecondLevelCacheHolds() throws Exception {
		SignedIn doctor = signIn("doctor", "test");
		String longView = API + "/thread/" + LONG_THREAD + "?v=full";
		String shortView = API + "/thread/" + SHORT_THREAD + "?v=full";
		long cold = statementsFor(doctor, longView);
		statementsWithTheCacheAsItIs(doctor, longView);
		statementsWithTheCacheAsItIs(doctor, shortView);
		long warmLong = statementsWithTheCacheAsItIs(doctor, longView);
		long warmShort = statementsWithTheCacheAsItIs(doctor, shortView);
		assertEquals(warmShort, warmLong, "statements for two and for sixty senders, all in the cache");
		// at least the persons statement goes, and one narrow statement replaces the roles and the users
		assertTrue(warmLong <= cold - 2, "sixty senders in the cache: " + warmLong + " statements, without it " + cold);
	}

	@Test
	public void replyCostsFewStatementsAndAsManyInALongThreadAsInAShortOne() throws Exception {
		SignedIn patient = signIn("patient", "test");
		// the started module keeps the size limit in memory (read here by the thread view)
		MessagingSettings.startCaching(Context.getAdministrationService());
		try {
			// the first request of a session loads what every later one reuses (the user's roles)
			statementsFor(patient, API + "/thread/" + SHORT_THREAD);
			assertReplyCosts(patient);
		}
		finally {
			MessagingSettings.stopCaching(Context.getAdministrationService());
		}
	}

	private void assertReplyCosts(SignedIn patient) throws Exception {
		// a patient's reply after staff answered starts a wait: the provider's terms and the automatic acknowledgement
		long shortStart = replyCost(patient, SHORT_THREAD);
		long longStart = replyCost(patient, LONG_THREAD);
		long shortReply = replyCost(patient, SHORT_THREAD);
		long longReply = replyCost(patient, LONG_THREAD);
		assertEquals(shortStart, longStart, "statements for a reply starting a wait in a thread of 2 and of 60 messages");
		assertEquals(shortReply, longReply, "statements for a reply in a thread of 3 and of 61 messages");
		assertTrue(shortReply <= REPLY_STATEMENTS, "a reply cost " + shortReply + " statements");
		assertTrue(shortStart <= REPLY_STATEMENTS + WAIT_STATEMENTS, "a reply starting a wait cost " + shortStart);
	}

	private long replyCost(SignedIn user, String thread) throws Exception {
		return withoutTheCache(() -> {
			Context.flushSession();
			Context.clearSession();
			statistics.clear();
			mockMvc.perform(user.with(post(API + "/thread/" + thread + "/message"))
			        .contentType(MediaType.APPLICATION_JSON).content("{\"body\":\"Thank you\"}"))
			        .andExpect(status().isCreated());
			Context.flushSession();
			return statistics.getPrepareStatementCount();
		});
	}

	private void assertSameCost(SignedIn user, String small, String large) throws Exception {
		// the first request of a session loads what every later one reuses (the user's roles)
		statementsFor(user, small);
		long smallCost = statementsFor(user, small);
		long largeCost = statementsFor(user, large);
		assertEquals(smallCost, largeCost, "statements for " + small + " and for " + large);
	}

	private long statementsFor(SignedIn user, String url) throws Exception {
		return withoutTheCache(() -> statementsWithTheCacheAsItIs(user, url));
	}

	private long statementsWithTheCacheAsItIs(SignedIn user, String url) throws Exception {
		Context.flushSession();
		Context.clearSession();
		statistics.clear();
		mockMvc.perform(user.with(get(url))).andExpect(status().isOk());
		return statistics.getPrepareStatementCount();
	}

	/** Runs a request with the second-level cache neither read nor written, as if it were empty. */
	private long withoutTheCache(Callable<Long> request) throws Exception {
		DbSession session = sessionFactory.getCurrentSession();
		CacheMode mode = session.getCacheMode();
		session.setCacheMode(CacheMode.IGNORE);
		try {
			return request.call();
		}
		finally {
			session.setCacheMode(mode);
		}
	}

	/**
	 * Sixty members of staff (each a provider and a clinician user) and sixty patients (each a portal user), with the
	 * test roles committed by {@link BoundariesWebTest}, and rows
	 * that name them all: open and closed threads for "doctor", a long and a short thread for "patient", log entries and
	 * gifts on "patient"'s chart, gifts across patients in 2025.
	 */
	private static String dataset() {
		Rows rows = new Rows();
		String audit = "creator=\"1\" date_created=\"2025-01-01 00:00:00.0\" voided=\"false\"";
		for (int i = 1; i <= ROWS; i++) {
			int staff = 20000 + i;
			int patient = 30000 + i;
			for (int person : new int[] { staff, patient }) {
				rows.add("person", "person_id=\"%d\" gender=\"F\" dead=\"false\" birthdate_estimated=\"false\""
				        + " deathdate_estimated=\"false\" %s uuid=\"%s\"", person, audit, uuid(person, 1));
				rows.add("person_name", "person_name_id=\"%d\" person_id=\"%d\" preferred=\"true\" given_name=\"Given%d\""
				        + " family_name=\"Family%d\" %s uuid=\"%s\"", person, person, person, person, audit, uuid(person, 2));
				rows.add("users", "user_id=\"%d\" person_id=\"%d\" system_id=\"perf-%d\" username=\"perf%d\" creator=\"1\""
				        + " date_created=\"2025-01-01 00:00:00.0\" retired=\"false\" uuid=\"%s\"", person, person, person,
				    person, uuid(person, 3));
				rows.add("user_role", "user_id=\"%d\" role=\"%s\"", person,
				    person == staff ? "Boundaries Clinician" : "Portal Patient");
			}
			rows.add("provider", "provider_id=\"%d\" person_id=\"%d\" identifier=\"P-%d\" creator=\"1\""
			        + " date_created=\"2025-01-01 00:00:00.0\" retired=\"false\" uuid=\"%s\"", staff, staff, staff,
			    uuid(staff, 4));
			rows.add("patient", "patient_id=\"%d\" %s allergy_status=\"Unknown\"", patient, audit);
			for (boolean closed : new boolean[] { false, true }) {
				int thread = 40000 + i + (closed ? ROWS : 0);
				rows.add("boundaries_thread", THREAD, thread, patient, staff, closed,
				    closed ? "date_closed=\"2025-03-01 10:00:00.0\" closed_by=\"" + staff + "\"" : "", 1, 1, 0, 1, 0,
				    1 + i % 28, uuid(thread, 5), patient);
			}
			rows.add("boundaries_message", MESSAGE, 50000 + i, 41000, i, i % 2 == 1 ? "PATIENT" : "STAFF",
			    uuid(50000 + i, 6), i % 2 == 1 ? 9103 : staff);
			rows.add("boundaries_read_receipt", RECEIPT, 50000 + i, uuid(50000 + i, 7), 41000, staff, i);
			rows.add("boundaries_contact_log_entry", "contact_log_entry_id=\"%d\" patient_id=\"9103\""
			        + " occurred_at=\"2025-03-%02d 09:00:00.0\" direction=\"INBOUND\" channel=\"CLINIC_PHONE\""
			        + " staff_user_id=\"%d\" provider_id=\"%d\" summary=\"Call %d\" category=\"ROUTINE\" creator=\"%d\""
			        + " date_created=\"2025-03-01 09:00:00.0\" voided=\"false\" uuid=\"%s\"", 60000 + i, 1 + i % 28, staff,
			    staff, i, staff, uuid(60000 + i, 8));
			rows.add("boundaries_gift", "gift_id=\"%d\" patient_id=\"%d\" description=\"Gift %d\" kind=\"CONSUMABLE\""
			        + " estimated_value=\"%d.50\" currency=\"GBP\" recipient_provider_id=\"%d\" recipient_user_id=\"%d\""
			        + " donor=\"PATIENT\" offered_on=\"2025-04-%02d\" decision=\"ACCEPTED\" creator=\"%d\""
			        + " date_created=\"2025-04-01 09:00:00.0\" voided=\"false\" uuid=\"%s\"", 70000 + i,
			    i % 2 == 0 ? 9103 : patient, i, 10 + i, staff, staff, 1 + i % 28, staff, uuid(70000 + i, 9));
		}
		rows.add("boundaries_thread", THREAD, 41000, 9103, 9101, false, "", ROWS, ROWS - 1, ROWS, ROWS, ROWS - 1, 1,
		    LONG_THREAD, 9103);
		rows.add("boundaries_thread", THREAD, 41001, 9103, 9101, false, "", 2, 1, 2, 2, 1, 1, SHORT_THREAD, 9103);
		rows.add("boundaries_message", MESSAGE, 49998, 41001, 1, "PATIENT", uuid(49998, 6), 9103);
		rows.add("boundaries_message", MESSAGE, 49999, 41001, 2, "STAFF", uuid(49999, 6), 9101);
		rows.add("boundaries_read_receipt", RECEIPT, 49999, uuid(49999, 7), 41001, 9101, 1);
		return rows.xml();
	}

	private static final String THREAD = "boundaries_thread_id=\"%d\" patient_id=\"%d\" provider_id=\"9101\""
	        + " addressed_to=\"%d\" category=\"CLINICAL_QUESTION\" subject=\"Question\" closed=\"%b\" %s"
	        + " message_count=\"%d\" last_patient_sequence=\"%d\" last_staff_sequence=\"%d\""
	        + " patient_read_sequence=\"%d\" staff_read_sequence=\"%d\" last_message_at=\"2025-02-%02d 10:00:00.0\""
	        + " overdue_alerted=\"false\" flagged=\"false\" uuid=\"%s\" creator=\"%d\""
	        + " date_created=\"2025-02-01 10:00:00.0\" voided=\"false\"";

	private static final String MESSAGE = "boundaries_message_id=\"%d\" thread_id=\"%d\" sequence=\"%d\""
	        + " sender_role=\"%s\" body=\"Message\" flagged=\"false\" uuid=\"%s\" creator=\"%d\""
	        + " date_created=\"2025-02-01 10:00:00.0\" voided=\"false\"";

	private static final String RECEIPT = "boundaries_read_receipt_id=\"%d\" uuid=\"%s\" thread_id=\"%d\" reader=\"%d\""
	        + " reader_role=\"STAFF\" up_to_sequence=\"%d\" date_read=\"2025-02-02 10:00:00.0\"";

	/** Flat-XML rows grouped by table, tables in the order first named (parents before children). */
	private static final class Rows {

		private final Map<String, StringBuilder> tables = new LinkedHashMap<>();

		void add(String table, String attributes, Object... values) {
			tables.computeIfAbsent(table, name -> new StringBuilder()).append('<').append(table).append(' ')
			        .append(String.format(attributes, values)).append("/>\n");
		}

		String xml() {
			StringBuilder xml = new StringBuilder("<dataset>\n");
			tables.values().forEach(xml::append);
			return xml.append("</dataset>").toString();
		}
	}

	private static String uuid(int id, int kind) {
		return String.format("%08d-%04d-4000-8000-000000000000", id, kind);
	}
}
