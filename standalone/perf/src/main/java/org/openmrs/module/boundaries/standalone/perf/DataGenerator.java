package org.openmrs.module.boundaries.standalone.perf;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.boundaries.AcknowledgementMethod;
import org.openmrs.module.boundaries.boundaries.Channel;
import org.openmrs.module.boundaries.boundaries.ChannelStance;
import org.openmrs.module.boundaries.boundaries.ReplyTimeUnit;
import org.openmrs.module.boundaries.contactlog.ActionTaken;
import org.openmrs.module.boundaries.contactlog.ConcernKind;
import org.openmrs.module.boundaries.contactlog.ConcernSeverity;
import org.openmrs.module.boundaries.contactlog.ContactCategory;
import org.openmrs.module.boundaries.contactlog.ContactChannel;
import org.openmrs.module.boundaries.contactlog.ContactDirection;
import org.openmrs.module.boundaries.contactlog.GiftDecision;
import org.openmrs.module.boundaries.contactlog.GiftDonor;
import org.openmrs.module.boundaries.contactlog.GiftKind;
import org.openmrs.module.boundaries.messaging.PortalMessage;
import org.openmrs.module.boundaries.messaging.PortalThread;
import org.openmrs.module.boundaries.messaging.RestrictionCause;
import org.openmrs.module.boundaries.messaging.SenderRole;
import org.openmrs.module.boundaries.messaging.ThreadCategory;
import org.openmrs.module.boundaries.standalone.Database;
import org.openmrs.module.boundaries.standalone.RunnerOptions;
import org.openmrs.module.boundaries.standalone.StandaloneRunner;
import org.openmrs.util.Security;

/**
 * Fills a dedicated database with the spec's volume (at {@code --scale} 1: 100k patients, 5k providers, 250k threads
 * with about 1M messages, 1M contact-log entries, 50k gifts, published profiles and acknowledgements) in minutes.
 * <p>
 * The schema is the runner's own: the runner is started once on the emptied database (Liquibase runs the core schema
 * and the module's changelog, the activator creates the roles), stopped, and the rows are then written with
 * multi-row JDBC inserts rather than through the services. Thread state (counts, read marks, awaiting reply, due
 * dates) is computed by the module's own {@link PortalThread} so that it obeys the same rules as real threads.
 * <p>
 * Skew: providers and patients are drawn with Zipf-like weights ({@link Skew}), so provider 1 ({@code perf-doc-1}) has
 * thousands of threads and patient 1 ({@code perf-pat-1}) thousands of log entries. Every account's password is
 * {@value PerfOptions#PASSWORD}.
 */
final class DataGenerator {

	static final int PROVIDERS = 5_000;

	static final int PATIENTS = 100_000;

	static final int THREADS = 250_000;

	static final int CONTACTS = 1_000_000;

	static final int GIFTS = 50_000;

	static final int COVERAGES = 25;

	static final int RESTRICTIONS = 200;

	static final String MANAGER = "perf-manager";

	private static final long DAY = TimeUnit.DAYS.toMillis(1);

	private static final long YEARS = 3 * 365 * DAY;

	private static final String[] GIVEN = { "Amelia", "Oliver", "Isla", "George", "Ava", "Noah", "Mia", "Leo", "Ivy",
	        "Arthur", "Freya", "Oscar", "Lily", "Harry", "Grace", "Jack", "Rosie", "Theo", "Ella", "Finley", "Aisha",
	        "Mohammed", "Priya", "Rahul", "Chen", "Mei", "Sofia", "Mateo", "Lucía", "Hugo", "Chloé", "Zoë", "Björn",
	        "Siobhán", "Kwame", "Ngozi", "Yusuf", "Fatima", "Olga", "Dmitri" };

	private static final String[] FAMILY = { "Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson",
	        "Davies", "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall",
	        "Khan", "Lewis", "Harris", "Clarke", "Lindqvist", "O'Neill", "García", "Dubois", "Nowak", "Okafor", "Singh",
	        "Nguyen", "Hart", "Mehta", "Carter", "Blake", "Müller", "Rossi", "Kowalski", "Haddad", "Tanaka", "Silva" };

	private static final String[] WORDS = ("the a my your please thanks appointment results blood test prescription "
	        + "repeat pain since week morning evening dose tablet tablets feel better worse question about when could "
	        + "would should doctor nurse clinic letter referral scan review follow up again still some more less side "
	        + "effects sleep headache cough fever rash allergy inhaler pharmacy collect ready booked cancel change time")
	                .split(" ");

	private static final String[] SUBJECTS = { "Repeat prescription", "Blood test results", "Question about my dose",
	        "Appointment change", "Side effects", "Referral letter", "Fit note", "Follow-up after clinic",
	        "Inhaler running out", "Scan results", "Travel vaccinations", "Sleep problems" };

	private final PerfOptions options;

	private final Random random;

	private final long now = System.currentTimeMillis() / 1000 * 1000;

	private int nextPerson;

	private int nextName;

	private int nextUser;

	private int nextProvider;

	private int[] providerPerson;

	private int[] providerUser;

	private int[] providerProfile;

	private int[] patientPerson;

	private int[] patientUser;

	private int defaultProfile;

	private int managerUser;

	private final String salt = Security.getRandomToken();

	private final String passwordHash;

	private Skew providerSkew;

	private Skew patientSkew;

	DataGenerator(PerfOptions options) {
		this.options = options;
		this.random = new Random(options.seed);
		this.passwordHash = Security.encodeString(PerfOptions.PASSWORD + salt);
	}

	void run() throws Exception {
		long begin = System.nanoTime();
		if (!options.existingSchema) {
			createSchema();
		}
		try (Connection connection = options.connect()) {
			if (options.existingSchema) {
				requireNoModuleRows(connection);
			}
			System.out.println("Generating into " + options.describe() + ", " + options.describeDatabase(connection));
			connection.setAutoCommit(false);
			relaxChecks(connection, true);
			readNextIds(connection);
			int providers = options.scaled(PROVIDERS, 10);
			int patients = options.scaled(PATIENTS, 100);
			providerSkew = new Skew(providers, 0.8);
			patientSkew = new Skew(patients, 0.6);

			step("providers", () -> providers(connection, providers));
			step("patients", () -> patients(connection, patients));
			step("manager", () -> manager(connection));
			step("profiles", () -> profiles(connection));
			step("threads, messages, read receipts, acknowledgements",
			    () -> threads(connection, options.scaled(THREADS, 50)));
			step("coverage and restrictions", () -> routing(connection));
			step("contact log", () -> contacts(connection, options.scaled(CONTACTS, 100)));
			step("gifts", () -> gifts(connection, options.scaled(GIFTS, 30)));
			relaxChecks(connection, false);
			step("statistics and identities", () -> finish(connection));
		}
		System.out.printf("Done in %d s. Accounts (password %s): perf-doc-1 (busiest provider), perf-pat-1 (busiest"
		        + " patient), %s (reports)%n",
		    TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - begin), PerfOptions.PASSWORD, MANAGER);
	}

	/** The runner's Liquibase and module start on the emptied database: the schema and roles real data would have. */
	private void createSchema() throws Exception {
		if (options.database == Database.MARIADB) {
			createMariaDbDatabase();
		}
		RunnerOptions runner = new RunnerOptions().database(options.database).port(0).demoData(false)
		        .connection(options.url(), options.user(), options.password());
		System.out.println("Creating the schema with the runner (database emptied first)");
		new StandaloneRunner(runner).start().stop();
	}

	private void createMariaDbDatabase() throws SQLException {
		String url = options.url();
		int slash = url.indexOf('/', url.indexOf("//") + 2);
		int end = url.indexOf('?', slash);
		String name = url.substring(slash + 1, end < 0 ? url.length() : end);
		if (!name.matches("[A-Za-z0-9_]+") || "test".equals(name)) {
			throw new IllegalArgumentException("Use a database of its own for performance data, not '" + name + "'");
		}
		try (Connection server = options.database.connect(url.substring(0, slash + 1), options.user(),
		    options.password()); Statement st = server.createStatement()) {
			st.execute("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
		}
	}

	/** The module's rows are written with ids from 1: they must be the only ones. */
	private static void requireNoModuleRows(Connection connection) throws SQLException {
		for (String table : new String[] { "boundaries_profile", "boundaries_thread", "boundaries_contact_log_entry",
		        "boundaries_gift" }) {
			if (max(connection, table, "1") > 0) {
				throw new IllegalArgumentException("--schema existing needs a database without the module's data, but "
				        + table + " has rows");
			}
		}
	}

	private void relaxChecks(Connection connection, boolean relax) throws SQLException {
		try (Statement st = connection.createStatement()) {
			if (options.database == Database.MARIADB) {
				st.execute("SET foreign_key_checks = " + (relax ? 0 : 1));
				st.execute("SET unique_checks = " + (relax ? 0 : 1));
			} else {
				st.execute("SET REFERENTIAL_INTEGRITY " + !relax);
			}
		}
		connection.commit();
	}

	private void readNextIds(Connection connection) throws SQLException {
		nextPerson = max(connection, "person", "person_id") + 1;
		nextName = max(connection, "person_name", "person_name_id") + 1;
		nextUser = max(connection, "users", "user_id") + 1;
		nextProvider = max(connection, "provider", "provider_id") + 1;
	}

	private static int max(Connection connection, String table, String column) throws SQLException {
		try (Statement st = connection.createStatement();
		        ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(" + column + "), 0) FROM " + table)) {
			rs.next();
			return rs.getInt(1);
		}
	}

	// ----- people

	private void providers(Connection connection, int count) throws SQLException {
		providerPerson = new int[count];
		providerUser = new int[count];
		try (People people = new People(connection); Rows providers = new Rows(connection, "provider", "provider_id",
		        "person_id", "identifier", "creator", "date_created", "retired", "uuid")) {
			for (int i = 0; i < count; i++) {
				providerPerson[i] = people.person(1960 + random.nextInt(35));
				providerUser[i] = people.user(providerPerson[i], "perf-doc-" + (i + 1), BoundariesConstants.ROLE_CLINICIAN);
				providers.add(nextProvider++, providerPerson[i], "PERF-DOC-" + (i + 1), 1, ts(now - YEARS - DAY), false,
				    uuid());
			}
		}
	}

	private void patients(Connection connection, int count) throws SQLException {
		patientPerson = new int[count];
		patientUser = new int[count];
		try (People people = new People(connection); Rows patients = new Rows(connection, "patient", "patient_id",
		        "creator", "date_created", "voided", "allergy_status")) {
			for (int i = 0; i < count; i++) {
				patientPerson[i] = people.person(1930 + random.nextInt(80));
				patients.add(patientPerson[i], 1, ts(now - YEARS - DAY), false, "Unknown");
				patientUser[i] = people.user(patientPerson[i], "perf-pat-" + (i + 1),
				    BoundariesConstants.ROLE_PORTAL_PATIENT);
			}
		}
	}

	private void manager(Connection connection) throws SQLException {
		try (People people = new People(connection)) {
			managerUser = people.user(people.person(1975), MANAGER, BoundariesConstants.ROLE_MANAGER);
		}
	}

	/** Persons with one name, and users (portal or staff accounts) with a role. */
	private final class People implements AutoCloseable {

		private final Rows persons;

		private final Rows names;

		private final Rows users;

		private final Rows roles;

		People(Connection connection) {
			persons = new Rows(connection, "person", "person_id", "gender", "birthdate", "birthdate_estimated", "dead",
			        "creator", "date_created", "voided", "uuid", "deathdate_estimated");
			names = new Rows(connection, "person_name", "person_name_id", "preferred", "person_id", "given_name",
			        "family_name", "creator", "date_created", "voided", "uuid");
			users = new Rows(connection, "users", "user_id", "system_id", "username", "password", "salt", "creator",
			        "date_created", "person_id", "retired", "uuid");
			roles = new Rows(connection, "user_role", "user_id", "role");
		}

		int person(int birthYear) throws SQLException {
			int id = nextPerson++;
			Timestamp created = ts(now - YEARS - DAY);
			persons.add(id, random.nextBoolean() ? "F" : "M",
			    java.sql.Date.valueOf(LocalDate.of(birthYear, 1 + random.nextInt(12), 1 + random.nextInt(28))), false,
			    false, 1, created, false, uuid(), false);
			names.add(nextName++, true, id, pick(GIVEN), pick(FAMILY), 1, created, false, uuid());
			return id;
		}

		int user(int person, String username, String role) throws SQLException {
			int id = nextUser++;
			users.add(id, username, username, passwordHash, salt, 1, ts(now - YEARS - DAY), person, false, uuid());
			roles.add(id, role);
			return id;
		}

		@Override
		public void close() throws SQLException {
			persons.close();
			names.close();
			users.close();
			roles.close();
		}
	}

	// ----- boundaries

	/** The organisation default, and published versions for most providers (some of them twice). */
	private void profiles(Connection connection) throws SQLException {
		providerProfile = new int[providerPerson.length];
		int nextProfile = 1;
		try (Rows profiles = new Rows(connection, "boundaries_profile", "boundaries_profile_id", "provider_id", "version",
		        "date_published", "reply_time_value", "reply_time_unit", "working_days", "working_hours_start",
		        "working_hours_end", "reading_times", "emergency_instructions", "out_of_hours_instructions",
		        "portal_topics", "appointment_topics", "gift_policy", "social_media_policy", "personal_note", "creator",
		        "date_created", "voided", "uuid");
		        Rows rules = new Rows(connection, "boundaries_channel_rule", "boundaries_channel_rule_id", "profile_id",
		                "channel", "stance", "note", "uuid")) {
			Rule rule = new Rule(rules);
			defaultProfile = nextProfile++;
			Timestamp published = ts(now - YEARS);
			profiles.add(defaultProfile, null, 1, published, 2, ReplyTimeUnit.WORKING_DAYS.name(),
			    "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY", "09:00", "17:00", "Weekday mornings",
			    "Call 999 in an emergency.", "Call 111 out of hours.", "Repeat prescriptions, results, questions",
			    "New symptoms, examinations", "Small tokens only; nothing over £50.", "We do not connect on social media.",
			    null, managerUser, published, false, uuid());
			for (Channel channel : Channel.values()) {
				ChannelStance stance = channel == Channel.PORTAL || channel == Channel.CLINIC_PHONE ? ChannelStance.WELCOME
				        : channel == Channel.EMAIL || channel == Channel.VIDEO ? ChannelStance.LIMITED
				                : ChannelStance.NOT_ACCEPTED;
				rule.add(defaultProfile, channel, stance);
			}
			for (int i = 0; i < providerPerson.length; i++) {
				if (random.nextInt(10) >= 8) {
					continue;
				}
				int versions = random.nextInt(10) < 3 ? 2 : 1;
				for (int version = 1; version <= versions; version++) {
					int id = nextProfile++;
					Timestamp date = ts(now - YEARS + version * 30 * DAY);
					profiles.add(id, providerId(i), version, date,
					    random.nextBoolean() ? 1 + random.nextInt(3) : null,
					    random.nextBoolean() ? ReplyTimeUnit.WORKING_DAYS.name() : null, null, null, null,
					    "Usually at lunchtime", null, null, null, null, null, null, "Part-time on Fridays.",
					    providerUser[i], date, false, uuid());
					rule.add(id, Channel.PORTAL, random.nextInt(50) == 0 ? ChannelStance.LIMITED : ChannelStance.WELCOME);
					rule.add(id, Channel.PERSONAL_PHONE, ChannelStance.NOT_ACCEPTED);
					rule.add(id, Channel.SOCIAL_MEDIA, ChannelStance.NOT_ACCEPTED);
					providerProfile[i] = id;
				}
			}
		}
	}

	private final class Rule {

		private final Rows rows;

		private int next = 1;

		Rule(Rows rows) {
			this.rows = rows;
		}

		void add(int profile, Channel channel, ChannelStance stance) throws SQLException {
			rows.add(next++, profile, channel.name(), stance.name(),
			    stance == ChannelStance.LIMITED ? "Non-urgent questions only" : null, uuid());
		}
	}

	private int providerId(int index) {
		return nextProvider - providerPerson.length + index;
	}

	// ----- messaging

	/**
	 * Threads over three years; each starts with the patient's message and the automatic acknowledgement, then
	 * alternates staff and patient (now and then a staff note), about four messages a thread on average, some much
	 * longer. Old threads are mostly closed; recent ones are open, read or unread, some awaiting a reply and overdue.
	 */
	private void threads(Connection connection, int count) throws SQLException {
		Patient patient = new Patient(1);
		Provider provider = new Provider(1);
		User closer = new User(1);
		Set<Long> acknowledged = new HashSet<>();
		int nextMessage = 1;
		try (Rows threads = new Rows(connection, "boundaries_thread", "boundaries_thread_id", "patient_id", "provider_id",
		        "addressed_to", "category", "subject", "closed", "date_closed", "closed_by", "message_count",
		        "last_message_at", "last_patient_sequence", "last_staff_sequence", "patient_read_sequence",
		        "staff_read_sequence", "awaiting_reply_since", "reply_due_by", "overdue_alerted", "flagged", "uuid",
		        "creator", "date_created", "voided");
		        Rows messages = new Rows(connection, "boundaries_message", "boundaries_message_id", "thread_id", "sequence",
		                "sender_role", "body", "flagged", "uuid", "creator", "date_created", "voided");
		        Rows receipts = new Rows(connection, "boundaries_read_receipt", "boundaries_read_receipt_id", "uuid",
		                "thread_id", "reader", "reader_role", "up_to_sequence", "date_read");
		        Rows acknowledgements = new Rows(connection, "boundaries_acknowledgement",
		                "boundaries_acknowledgement_id", "patient_id", "provider_id", "profile_id", "default_profile_id",
		                "date_acknowledged", "method", "creator", "date_created", "voided", "uuid")) {
			int nextReceipt = 1;
			for (int id = 1; id <= count; id++) {
				int doc = providerSkew.next(random);
				int pat = patientSkew.next(random);
				long created = now - (long) (random.nextDouble() * YEARS) - TimeUnit.HOURS.toMillis(1);
				PortalThread thread = new PortalThread(patient, provider, provider, pick(ThreadCategory.values()),
				        pick(SUBJECTS));
				int length = messageCount();
				long time = created;
				List<Object[]> threadMessages = new ArrayList<>(length);
				for (int seq = 1; seq <= length; seq++) {
					SenderRole role = seq == 1 ? SenderRole.PATIENT : seq == 2 ? SenderRole.AUTOMATIC
					        : random.nextInt(50) == 0 ? SenderRole.STAFF_NOTE
					                : seq % 2 == 1 ? SenderRole.STAFF : SenderRole.PATIENT;
					if (seq > 2) {
						time = Math.min(now - 1000, time + TimeUnit.MINUTES.toMillis(10 + random.nextInt(2 * 24 * 60)));
					}
					PortalMessage message = new PortalMessage(role, null);
					thread.append(message, new Date(time));
					if (role == SenderRole.PATIENT) {
						thread.startAwaitingReply(new Date(time), new Date(time + 2 * DAY));
					}
					int creator = role == SenderRole.PATIENT || role == SenderRole.AUTOMATIC ? patientUser[pat]
					        : providerUser[doc];
					threadMessages.add(new Object[] { nextMessage++, id, seq, role.name(), body(role), random.nextInt(500) == 0,
					        uuid(), creator, ts(time), false });
				}
				long last = thread.getLastMessageAt().getTime();
				boolean old = last < now - 30 * DAY;
				if (random.nextInt(100) < 60) {
					thread.markReadByPatient();
				}
				if (old ? random.nextInt(100) < 95 : random.nextInt(100) < 25) {
					thread.markReadByStaff();
					thread.close(closer, new Date(Math.min(now - 1000, last + DAY)));
				} else if (random.nextInt(100) < 60) {
					thread.markReadByStaff();
				}
				if (random.nextInt(200) == 0) {
					thread.flag();
				}
				Date due = thread.getReplyDueBy();
				boolean alerted = !thread.isClosed() && due != null && due.getTime() < now && random.nextBoolean();
				threads.add(id, patientPerson[pat], providerId(doc), providerId(doc), thread.getCategory().name(),
				    thread.getSubject(), thread.isClosed(), ts(thread.getDateClosed()),
				    thread.isClosed() ? providerUser[doc] : null, thread.getMessageCount(), ts(thread.getLastMessageAt()),
				    thread.getLastPatientSequence(), thread.getLastStaffSequence(), thread.getPatientReadSequence(),
				    thread.getStaffReadSequence(), ts(thread.getAwaitingReplySince()), ts(due), alerted,
				    thread.isFlagged(), uuid(), patientUser[pat], ts(created), false);
				for (Object[] message : threadMessages) {
					messages.add(message);
				}
				if (thread.getStaffReadSequence() > 0) {
					receipts.add(nextReceipt++, uuid(), id, providerUser[doc], SenderRole.STAFF.name(),
					    thread.getStaffReadSequence(), ts(last));
				}
				if (acknowledged.add((long) pat * providerPerson.length + doc)) {
					acknowledgements.add(acknowledged.size(), patientPerson[pat], providerId(doc),
					    providerProfile[doc] == 0 ? null : providerProfile[doc], defaultProfile, ts(created),
					    AcknowledgementMethod.PORTAL.name(), patientUser[pat], ts(created), false, uuid());
				}
			}
			System.out.printf("  %d threads, %d messages, %d read receipts, %d acknowledgements%n", threads.written(),
			    messages.written(), receipts.written(), acknowledgements.written());
		}
	}

	/** Two to a few messages, now and then a long conversation: about four on average. */
	private int messageCount() {
		if (random.nextInt(200) == 0) {
			return 20 + random.nextInt(100);
		}
		int n = 2;
		while (random.nextDouble() < 0.64 && n < 20) {
			n++;
		}
		return n;
	}

	private String body(SenderRole role) {
		if (role == SenderRole.AUTOMATIC) {
			return "Your message has been received. Your care team usually replies within 2 working days. In an"
			        + " emergency call 999.";
		}
		return sentence(20 + random.nextInt(random.nextInt(10) == 0 ? 1200 : 250));
	}

	/** Some providers away with a colleague covering; some patients routed away from a provider. */
	private void routing(Connection connection) throws SQLException {
		int providers = providerPerson.length;
		try (Rows coverage = new Rows(connection, "boundaries_coverage", "boundaries_coverage_id", "provider_id",
		        "covering_provider_id", "start_date", "end_date", "note", "uuid", "creator", "date_created", "voided");
		        Rows restrictions = new Rows(connection, "boundaries_restriction", "boundaries_restriction_id",
		                "patient_id", "provider_id", "route_to_provider_id", "cause", "reason", "start_date", "end_date",
		                "uuid", "creator", "date_created", "voided")) {
			for (int i = 1; i <= Math.min(COVERAGES, providers / 4); i++) {
				// the busiest providers are left as they are: their inbox is their own
				int away = providers / 2 + i;
				int covering = providers / 4 + i;
				long start = now - 5 * DAY;
				coverage.add(i, providerId(away), providerId(covering), ts(start), ts(now + 10 * DAY), "Annual leave",
				    uuid(), providerUser[away], ts(start), false);
			}
			for (int i = 1; i <= Math.min(RESTRICTIONS, patientPerson.length / 10); i++) {
				int pat = patientPerson.length / 2 + i;
				int from = providers / 3 + i % (providers / 3);
				int to = (from + 1) % providers;
				long start = now - random.nextInt(300) * DAY;
				restrictions.add(i, patientPerson[pat], providerId(from), providerId(to),
				    RestrictionCause.PROVIDER_RESTRICTION.name(), "Repeated contact on a personal channel", ts(start),
				    null, uuid(), providerUser[from], ts(start), false);
			}
		}
	}

	// ----- contact log

	private void contacts(Connection connection, int count) throws SQLException {
		ContactCategory[] routine = { ContactCategory.ROUTINE, ContactCategory.ROUTINE, ContactCategory.ROUTINE,
		        ContactCategory.ROUTINE, ContactCategory.ROUTINE, ContactCategory.ROUTINE, ContactCategory.ROUTINE,
		        ContactCategory.GIFT, ContactCategory.COMPLAINT, ContactCategory.OTHER };
		try (Rows entries = new Rows(connection, "boundaries_contact_log_entry", "contact_log_entry_id", "patient_id",
		        "occurred_at", "direction", "channel", "staff_user_id", "provider_id", "summary", "category",
		        "concern_kind", "severity", "actions", "actions_note", "follow_up_date", "creator", "date_created",
		        "voided", "voided_by", "date_voided", "void_reason", "uuid")) {
			for (int id = 1; id <= count; id++) {
				int pat = patientSkew.next(random);
				int doc = providerSkew.next(random);
				long at = now - (long) (random.nextDouble() * YEARS) - TimeUnit.HOURS.toMillis(1);
				boolean concern = random.nextInt(10) == 0;
				ContactCategory category = concern ? ContactCategory.BOUNDARY_CONCERN : pick(routine);
				String actions = null;
				if (concern) {
					EnumSet<ActionTaken> taken = EnumSet.of(ActionTaken.PATIENT_TOLD_OF_BOUNDARIES);
					if (random.nextBoolean()) {
						taken.add(ActionTaken.PRACTICE_MANAGER_INFORMED);
					}
					actions = String.join(",", taken.stream().map(Enum::name).toArray(String[]::new));
				}
				boolean voided = random.nextInt(100) == 0;
				entries.add(id, patientPerson[pat], ts(at), pick(ContactDirection.values()).name(),
				    pick(ContactChannel.values()).name(), providerUser[doc], providerId(doc), sentence(40 + random.nextInt(300)),
				    category.name(), concern ? pick(ConcernKind.values()).name() : null,
				    concern ? pick(ConcernSeverity.values()).name() : null, actions, null,
				    concern && random.nextBoolean() ? java.sql.Date.valueOf(day(at + 14 * DAY)) : null, providerUser[doc],
				    ts(at + TimeUnit.MINUTES.toMillis(5)), voided, voided ? providerUser[doc] : null,
				    voided ? ts(at + DAY) : null, voided ? "Entered on the wrong chart" : null, uuid());
			}
		}
	}

	private void gifts(Connection connection, int count) throws SQLException {
		try (Rows gifts = new Rows(connection, "boundaries_gift", "gift_id", "patient_id", "description", "kind",
		        "estimated_value", "currency", "recipient_provider_id", "recipient_user_id", "donor", "donor_name",
		        "offered_on", "decision", "reason", "declared_on", "creator", "date_created", "voided", "uuid")) {
			String[] things = { "Box of chocolates", "Bottle of wine", "Flowers", "Hand-made card", "Theatre tickets",
			        "Gift voucher", "Scarf", "Biscuits", "Restaurant meal", "Watch" };
			for (int id = 1; id <= count; id++) {
				int pat = patientSkew.next(random);
				int doc = providerSkew.next(random);
				long offered = now - (long) (random.nextDouble() * YEARS);
				BigDecimal value = BigDecimal.valueOf(Math.round(Math.exp(1.5 + random.nextDouble() * 5) * 100), 2);
				GiftDecision decision = pick(GiftDecision.values());
				boolean declare = value.compareTo(BigDecimal.valueOf(100)) >= 0;
				gifts.add(id, patientPerson[pat], pick(things), pick(GiftKind.values()).name(), value,
				    random.nextInt(50) == 0 ? "EUR" : "GBP", providerId(doc), providerUser[doc],
				    pick(GiftDonor.values()).name(), null, java.sql.Date.valueOf(day(offered)), decision.name(),
				    decision.isReceived() ? null : "Declined politely", declare ? java.sql.Date.valueOf(day(offered + DAY)) : null,
				    providerUser[doc], ts(offered + DAY), random.nextInt(100) == 0, uuid());
			}
		}
	}

	// ----- after the load

	/**
	 * Fresh optimizer statistics, as a database that grew over years would have; on H2, identity columns continue after
	 * the ids written here.
	 */
	private void finish(Connection connection) throws SQLException {
		String[][] identities = { { "person", "person_id" }, { "person_name", "person_name_id" }, { "users", "user_id" },
		        { "provider", "provider_id" }, { "boundaries_profile", "boundaries_profile_id" },
		        { "boundaries_channel_rule", "boundaries_channel_rule_id" },
		        { "boundaries_acknowledgement", "boundaries_acknowledgement_id" },
		        { "boundaries_thread", "boundaries_thread_id" }, { "boundaries_message", "boundaries_message_id" },
		        { "boundaries_read_receipt", "boundaries_read_receipt_id" },
		        { "boundaries_coverage", "boundaries_coverage_id" },
		        { "boundaries_restriction", "boundaries_restriction_id" },
		        { "boundaries_contact_log_entry", "contact_log_entry_id" }, { "boundaries_gift", "gift_id" } };
		try (Statement st = connection.createStatement()) {
			for (String[] table : identities) {
				if (options.database == Database.MARIADB) {
					st.execute("ANALYZE TABLE " + table[0]);
				} else {
					st.execute("ALTER TABLE " + table[0] + " ALTER COLUMN " + table[1] + " RESTART WITH "
					        + (max(connection, table[0], table[1]) + 1));
				}
			}
			if (options.database == Database.H2) {
				st.execute("ANALYZE");
			}
		}
		connection.commit();
	}

	// ----- helpers

	@FunctionalInterface
	private interface Step {

		void run() throws SQLException;
	}

	private static void step(String what, Step step) throws SQLException {
		long begin = System.nanoTime();
		System.out.println("Writing " + what + "...");
		step.run();
		System.out.printf("  %s: %.1f s%n", what, (System.nanoTime() - begin) / 1e9);
	}

	private String uuid() {
		return new UUID(random.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L,
		        random.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L).toString();
	}

	private <T> T pick(T[] values) {
		return values[random.nextInt(values.length)];
	}

	private String sentence(int length) {
		StringBuilder text = new StringBuilder(length + 12);
		while (text.length() < length) {
			if (text.length() > 0) {
				text.append(' ');
			}
			text.append(pick(WORDS));
		}
		text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
		return text.append('.').toString();
	}

	private static Timestamp ts(long millis) {
		return new Timestamp(millis);
	}

	private static Timestamp ts(Date date) {
		return date == null ? null : new Timestamp(date.getTime());
	}

	private static LocalDate day(long millis) {
		return new Date(millis).toInstant().atZone(ZoneId.systemDefault()).toLocalDate();
	}
}
