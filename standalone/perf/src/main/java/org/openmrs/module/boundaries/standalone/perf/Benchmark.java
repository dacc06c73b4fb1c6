package org.openmrs.module.boundaries.standalone.perf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.openmrs.module.boundaries.standalone.RunnerOptions;
import org.openmrs.module.boundaries.standalone.StandaloneRunner;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Benchmarks the module's HTTP API on a generated database (see {@link DataGenerator}): by default the runner, started
 * in this JVM on that database as it is ({@code --keep-data}) with Hibernate statistics on ({@code --statistics});
 * with {@code --base-url} any running OpenMRS with the module installed whose database the generator filled. For each
 * read it reports the time of the request (p50/p95/p99: from the runner's request timer, or for another server the
 * client's round trip over the loopback interface), the same read written by hand in SQL over JDBC on the same
 * database and the ratio, and (runner only) the SQL statements the request issued at several page sizes. Then it
 * measures sending: concurrent senders posting replies for a bounded time and count, on the loopback interface only.
 * Every row carries the machine's load average (1 minute) before and after it was measured.
 */
final class Benchmark {

	private static final String API = HttpClientSession.API;

	/** The JIT compilers' share of the machine's CPU below which a server has compiled what it runs. */
	private static final double SETTLED_COMPILER_SHARE = 0.05;

	/** At most this many rounds of --warmup requests before a read is measured. */
	private static final int WARM_UP_ROUNDS = 40;

	private final PerfOptions options;

	private final List<String> lines = new ArrayList<>();

	private Connection jdbc;

	/** MariaDB's own time for statements; null where performance_schema is off. */
	private DatabaseTime databaseTime;

	private String baseUrl;

	/** The runner's statistics; null for another server, which is timed by the client and not counted. */
	private HttpClientSession statistics;

	/** Each read's medians, for the table of what is left of it beyond the platform's floor. */
	private final List<Measured> measured = new ArrayList<>();

	Benchmark(PerfOptions options) {
		this.options = options;
	}

	void run() throws Exception {
		try (Connection connection = options.connect()) {
			jdbc = connection;
			databaseTime = DatabaseTime.on(connection);
			Subjects subjects = new Subjects(connection);
			String database = options.describeDatabase(connection);
			if (options.baseUrl != null) {
				baseUrl = options.baseUrl;
				header(database, subjects);
				reads(subjects);
				sending(subjects);
				report();
				return;
			}
			RunnerOptions runnerOptions = new RunnerOptions().database(options.database).port(0).keepData(true)
			        .statistics(true).connection(options.url(), options.user(), options.password());
			StandaloneRunner runner = new StandaloneRunner(runnerOptions).start();
			try {
				baseUrl = runner.getBaseUrl();
				statistics = new HttpClientSession(baseUrl);
				header(database, subjects);
				reads(subjects);
				sending(subjects);
				report();
			}
			finally {
				runner.stop();
			}
		}
	}

	/** Printed (and written) while everything is still open: stopping an H2 runner closes the database. */
	private void report() throws IOException {
		String report = String.join("\n", lines) + "\n";
		System.out.println("\n" + report);
		if (options.output != null) {
			Files.write(Paths.get(options.output), report.getBytes(StandardCharsets.UTF_8));
		}
	}

	private void header(String database, Subjects subjects) throws SQLException {
		lines.add(String.format(Locale.ROOT, "Database: %s, %s; %d cores; Java %s; %s; commit %s", database,
		    options.url(), Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), LocalDate.now(),
		    System.getProperty("perf.commit", "unknown")));
		lines.add(statistics != null ? "Server: the standalone runner in this JVM; times from its request timer"
		        : "Server: " + baseUrl + "; times are the client's round trips over the loopback interface, and"
		                + " Hibernate's statement counts cannot be read (no runner statistics there)");
		lines.add(String.format(Locale.ROOT,
		    "Data: %,d patients, %,d providers, %,d threads, %,d messages, %,d contact-log entries, %,d gifts;"
		            + " perf-doc-1 has %,d threads (%,d open), perf-pat-1 %,d log entries",
		    count("patient"), count("provider"), count("boundaries_thread"), count("boundaries_message"),
		    count("boundaries_contact_log_entry"), count("boundaries_gift"),
		    count("boundaries_thread WHERE provider_id = " + subjects.providerId),
		    count("boundaries_thread WHERE closed = FALSE AND provider_id = " + subjects.providerId),
		    count("boundaries_contact_log_entry WHERE patient_id = " + subjects.chartIds.get(0))));
		lines.add("");
		lines.add("| request | server p50 | p95 | p99 (ms) | hand SQL p50 | p95 (ms) | ratio p50 | ratio p95 |"
		        + " MariaDB per request: time, module / hand SQL (ms), ratio; statements executed, transaction control"
		        + " included | SQL statements per request (Hibernate) | warm-up requests | load average |");
		lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|");
	}

	private long count(String from) throws SQLException {
		try (PreparedStatement st = jdbc.prepareStatement("SELECT COUNT(*) FROM " + from);
		        ResultSet rs = st.executeQuery()) {
			rs.next();
			return rs.getLong(1);
		}
	}

	// ----- reads

	/** A read: the request for the i-th subject at a page size, and the same read by hand in SQL. */
	private interface Request {

		String path(int i, int limit);
	}

	private interface Query {

		void run(int i, int limit) throws SQLException;
	}

	private void reads(Subjects s) throws Exception {
		HttpClientSession doctor = HttpClientSession.signIn(baseUrl, "perf-doc-1");
		HttpClientSession patient = HttpClientSession.signIn(baseUrl, "perf-pat-1");
		HttpClientSession manager = HttpClientSession.signIn(baseUrl, DataGenerator.MANAGER);
		String from = s.yearFrom.toString();
		String to = s.yearTo.toString();

		read("Inbox, first page (perf-doc-1, open, 25)", doctor, 25, new int[] { 5, 25, 100 },
		    (i, limit) -> API + "/thread?filter=open&limit=" + limit,
		    (i, limit) -> HandSql.run(jdbc, HandSql.INBOX_PAGE, s.providerId, limit + 1));
		read("Inbox summary counts (perf-doc-1)", doctor, 0, new int[0], (i, limit) -> API + "/inbox/summary",
		    (i, limit) -> HandSql.run(jdbc, HandSql.INBOX_SUMMARY, s.providerId));
		read("Thread view (perf-pat-1, own threads)", patient, 0, new int[0],
		    (i, limit) -> API + "/thread/" + s.threadUuids.get(i % s.threadUuids.size()), (i, limit) -> {
			    int t = i % s.threadUuids.size();
			    HandSql.run(jdbc, HandSql.THREAD, s.threadUuids.get(t));
			    HandSql.run(jdbc, HandSql.THREAD_MESSAGES, s.threadIds.get(t));
		    });
		threadSizes(patient, s);
		read("Chart contact log, first page (20 busiest patients, 25)", doctor, 25, new int[] { 5, 25, 100 },
		    (i, limit) -> API + "/contact?patient=" + s.chartUuids.get(i % s.chartUuids.size()) + "&limit=" + limit,
		    (i, limit) -> HandSql.run(jdbc, HandSql.CONTACT_PAGE, s.chartIds.get(i % s.chartIds.size()), limit + 1));
		read("Gift register, one year, first page (100)", manager, 100, new int[] { 5, 50, 100 },
		    (i, limit) -> API + "/report/gifts?fromDate=" + from + "&toDate=" + to + "&limit=" + limit,
		    (i, limit) -> HandSql.run(jdbc, HandSql.REGISTER_PAGE, Date.valueOf(s.yearFrom), Date.valueOf(s.yearTo),
		        limit + 1));
		int yearGifts = HandSql.run(jdbc, HandSql.REGISTER_ALL, Date.valueOf(s.yearFrom), Date.valueOf(s.yearTo));
		read(String.format(Locale.ROOT, "Gift register, one year, whole (CSV, %,d gifts)", yearGifts), manager, 0,
		    new int[0], (i, limit) -> API + "/report/gifts?format=csv&fromDate=" + from + "&toDate=" + to,
		    (i, limit) -> HandSql.run(jdbc, HandSql.REGISTER_ALL, Date.valueOf(s.yearFrom), Date.valueOf(s.yearTo)),
		    Math.max(5, options.samples / 40), 2);
		floor(doctor);
	}

	private void read(String name, HttpClientSession session, int limit, int[] pageSizes, Request request, Query sql)
	        throws Exception {
		read(name, session, limit, pageSizes, request, sql, options.samples, options.warmup);
	}

	private void read(String name, HttpClientSession session, int limit, int[] pageSizes, Request request, Query sql,
	        int samples, int warmup) throws Exception {
		System.out.println("Measuring: " + name);
		int warmedUp = warmUp(session, limit, request, sql, warmup);
		String loadBefore = LoadAverage.now();
		long[] statements = { Long.MAX_VALUE, 0 };
		DatabaseTime.Reading moduleDatabase = databaseReading();
		Timings server = timed(samples, statements, i -> session.get(request.path(i, limit)));
		moduleDatabase = databaseReading().since(moduleDatabase);
		Timings hand = new Timings();
		DatabaseTime.Reading handDatabase = databaseReading();
		for (int i = 0; i < samples; i++) {
			long start = System.nanoTime();
			sql.run(i, limit);
			hand.add(System.nanoTime() - start);
		}
		handDatabase = databaseReading().since(handDatabase);
		StringBuilder counts = new StringBuilder(range(statements));
		if (pageSizes.length > 0 && statistics != null) {
			counts.append(" (by page size:");
			for (int size : pageSizes) {
				counts.append(' ').append(size).append(" → ").append(range(statementsAt(session, request, size)));
				counts.append(size == pageSizes[pageSizes.length - 1] ? ")" : ",");
			}
		}
		String databaseTimes = databaseTime == null ? "not measured (performance_schema off)"
		        : String.format(Locale.ROOT, "%.2f / %.2f, %.1f×; %.1f / %.1f statements", moduleDatabase.nanos / 1e6 / samples,
		            handDatabase.nanos / 1e6 / samples, moduleDatabase.nanos / (double) Math.max(1, handDatabase.nanos),
		            moduleDatabase.statements / (double) samples, handDatabase.statements / (double) samples);
		row(name, server, hand, databaseTimes, counts.toString(), warmedUp, loadBefore + " → " + LoadAverage.now());
		measured.add(new Measured(name, server.percentile(50), hand.percentile(50),
		        moduleDatabase.nanos / 1e6 / samples));
	}

	/**
	 * Reads, unmeasured, in rounds of {@code round} requests (each beside its hand SQL) until the JIT compilers take
	 * less than {@value #SETTLED_COMPILER_SHARE} of the machine's CPU during a round, at most {@value #WARM_UP_ROUNDS}
	 * rounds: after a fixed 500, the compilers were still busy on this kind of machine and a read measured 1.5–2 times
	 * what it took after 20,000. Returns the requests sent.
	 */
	private static int warmUp(HttpClientSession session, int limit, Request request, Query sql, int round)
	        throws Exception {
		int sent = 0;
		double compilerShare;
		do {
			CpuUse before = CpuUse.now();
			for (int i = 0; i < round; i++, sent++) {
				session.get(request.path(sent, limit));
				sql.run(sent, limit);
			}
			compilerShare = CpuUse.compilerShare(before, CpuUse.now());
		} while (compilerShare >= SETTLED_COMPILER_SHARE && sent < round * WARM_UP_ROUNDS);
		return sent;
	}

	/**
	 * What any request costs before the module does its work: an authenticated GET of a path under the module's prefix
	 * that no endpoint has, which the module's fallback answers 404 with a small JSON error and no query of its own. It
	 * passes the same servlet filters, session and privilege set-up, Spring dispatch and JSON writing as a read (and the
	 * REST module's filter, which reads a global property in a transaction of its own on every request). Then,
	 * for each read, what is left beyond it, against the hand SQL: the module's own part of the whole-request ratio.
	 * And two lower limits of the whole request, to tell which whole-request ratios any work in the JVM could reach:
	 * the floor plus the hand SQL (a module doing nothing but that query), and the floor plus MariaDB's time for the
	 * module's statements (the read's queries and transaction control as they are, the JVM taking no time at all).
	 */
	private void floor(HttpClientSession session) throws Exception {
		String path = API + "/benchmark-floor";
		System.out.println("Measuring: the platform's floor");
		for (int i = 0; i < options.warmup; i++) {
			session.getNotFound(path);
		}
		String loadBefore = LoadAverage.now();
		long[] statements = { Long.MAX_VALUE, 0 };
		DatabaseTime.Reading database = databaseReading();
		Timings floor = timed(options.samples, statements, i -> session.getNotFound(path));
		database = databaseReading().since(database);
		String executed = databaseTime == null ? "not measured (performance_schema off)"
		        : String.format(Locale.ROOT, "%.1f statements, %.2f ms", database.statements / (double) options.samples,
		            database.nanos / 1e6 / options.samples);
		lines.add("");
		lines.add("| the platform's floor: GET " + path + " (no such endpoint: the module's 404) | p50 | p95 |"
		        + " p99 (ms) | MariaDB per request | SQL statements per request (Hibernate) | load average |");
		lines.add("|---|---|---|---|---|---|---|");
		lines.add(String.format(Locale.ROOT, "| signed in as perf-doc-1 | %.1f | %.1f | %.1f | %s | %s | %s → %s |",
		    floor.percentile(50), floor.percentile(95), floor.percentile(99), executed, range(statements), loadBefore,
		    LoadAverage.now()));
		lines.add("");
		lines.add("| read, p50 (ms) | whole request | floor | beyond the floor | hand SQL | beyond the floor / hand SQL"
		        + " | least any module could take: floor + hand SQL, / hand SQL | least with the module's queries as they"
		        + " are (no JVM time): floor + MariaDB's time beyond the floor's, / hand SQL |");
		lines.add("|---|---|---|---|---|---|---|---|");
		double floorDatabase = database.nanos / 1e6 / options.samples;
		for (Measured read : measured) {
			double beyond = read.serverP50 - floor.percentile(50);
			double leastAny = floor.percentile(50) + read.handP50;
			String leastWithQueries = databaseTime == null ? "not measured"
			        : limit(floor.percentile(50) + read.moduleDatabase - floorDatabase, read.handP50);
			lines.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f | %.1f× | %s | %s |", read.name,
			    read.serverP50, floor.percentile(50), beyond, read.handP50, beyond / read.handP50,
			    limit(leastAny, read.handP50), leastWithQueries));
		}
	}

	private static String limit(double least, double hand) {
		return String.format(Locale.ROOT, "%.2f, %.1f×", least, least / hand);
	}

	/** One request of a series, the i-th. */
	private interface Sample {

		void send(int i) throws Exception;
	}

	/**
	 * Sends the requests one after another and times each: the server's time from the runner's statistics, or the
	 * round trip on another server; widens {@code statements} (least, most) to the statements each issued (runner only).
	 */
	private Timings timed(int samples, long[] statements, Sample request) throws Exception {
		Timings timings = new Timings();
		Stats before = stats();
		for (int i = 0; i < samples; i++) {
			long start = System.nanoTime();
			request.send(i);
			long roundTrip = System.nanoTime() - start;
			Stats after = stats();
			timings.add(after == null ? roundTrip : after.requestNanos - before.requestNanos);
			if (after != null) {
				statements[0] = Math.min(statements[0], after.statements - before.statements);
				statements[1] = Math.max(statements[1], after.statements - before.statements);
			}
			before = after;
		}
		return timings;
	}

	private static final class Measured {

		final String name;

		final double serverP50;

		final double handP50;

		/** MariaDB's time per request (ms), transaction control and the floor's own statements included. */
		final double moduleDatabase;

		Measured(String name, double serverP50, double handP50, double moduleDatabase) {
			this.name = name;
			this.serverP50 = serverP50;
			this.handP50 = handP50;
			this.moduleDatabase = moduleDatabase;
		}
	}

	private DatabaseTime.Reading databaseReading() throws SQLException {
		return databaseTime == null ? DatabaseTime.Reading.NONE : databaseTime.read();
	}

	/** The thread view's statements for a patient's shortest and longest thread: not more for more messages. */
	private void threadSizes(HttpClientSession patient, Subjects s) throws Exception {
		int shortest = 0;
		int longest = 0;
		for (int i = 0; i < s.threadSizes.size(); i++) {
			shortest = s.threadSizes.get(i) < s.threadSizes.get(shortest) ? i : shortest;
			longest = s.threadSizes.get(i) > s.threadSizes.get(longest) ? i : longest;
		}
		if (statistics == null) {
			return;
		}
		String shortPath = API + "/thread/" + s.threadUuids.get(shortest);
		String longPath = API + "/thread/" + s.threadUuids.get(longest);
		lines.add(String.format(Locale.ROOT, "| ↳ thread view statements by thread length | | | | | | | | | %d messages → %s,"
		        + " %d messages → %s |",
		    s.threadSizes.get(shortest), range(statementsAt(patient, (i, l) -> shortPath, 0)), s.threadSizes.get(longest),
		    range(statementsAt(patient, (i, l) -> longPath, 0))));
	}

	private long[] statementsAt(HttpClientSession session, Request request, int limit) throws Exception {
		long[] range = { Long.MAX_VALUE, 0 };
		session.get(request.path(0, limit));
		timed(5, range, i -> session.get(request.path(i, limit)));
		return range;
	}

	private static String range(long[] minMax) {
		if (minMax[0] == Long.MAX_VALUE) {
			return "not counted";
		}
		return minMax[0] == minMax[1] ? String.valueOf(minMax[0]) : minMax[0] + "–" + minMax[1];
	}

	private void row(String name, Timings server, Timings hand, String databaseTimes, String statements,
	        int warmedUp, String load) {
		lines.add(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.2f | %.2f | %.1f× | %.1f× | %s | %s | %,d | %s |",
		    name, server.percentile(50), server.percentile(95), server.percentile(99), hand.percentile(50),
		    hand.percentile(95), server.percentile(50) / hand.percentile(50),
		    server.percentile(95) / hand.percentile(95), databaseTimes, statements, warmedUp, load));
	}

	// ----- sending

	private static final int WARM_UP_ROUND_SECONDS = 10;

	/**
	 * Half the senders are the busiest patients replying in their open threads, half the busiest providers replying in
	 * theirs, all at once, until the time or the count runs out. Each sender goes round many threads, as real traffic
	 * would; the thread's row lock orders concurrent replies to one thread.
	 */
	private void sending(Subjects s) throws Exception {
		List<Sender> senders = new ArrayList<>();
		int patients = options.senders / 2;
		for (int rank = 1; senders.size() < patients && rank <= 1000; rank++) {
			List<String> open = openThreads("t.patient_id = (SELECT person_id FROM users WHERE username = ?)",
			    "perf-pat-" + rank);
			if (!open.isEmpty()) {
				senders.add(new Sender("perf-pat-" + rank, open));
			}
		}
		for (int rank = 1; senders.size() < options.senders && rank <= 1000; rank++) {
			List<String> open = openThreads("t.provider_id = (SELECT p.provider_id FROM provider p JOIN users u"
			        + " ON u.person_id = p.person_id WHERE u.username = ?)", "perf-doc-" + rank);
			if (!open.isEmpty()) {
				senders.add(new Sender("perf-doc-" + rank, open));
			}
		}
		for (Sender sender : senders) {
			sender.session = HttpClientSession.signIn(baseUrl, sender.username);
		}
		long[] sendStatements = { Long.MAX_VALUE, 0 };
		for (Sender sender : new Sender[] { senders.get(0), senders.get(senders.size() - 1) }) {
			Stats before = stats();
			for (int i = 0; i < 5; i++) {
				sender.send(i);
				Stats after = stats();
				if (after != null) {
					sendStatements[0] = Math.min(sendStatements[0], after.statements - before.statements);
					sendStatements[1] = Math.max(sendStatements[1], after.statements - before.statements);
				}
				before = after;
			}
		}
		int warmedUp = warmUpSending(senders);
		System.out.println("Measuring: sending, " + senders.size() + " concurrent senders");
		AtomicInteger sent = new AtomicInteger();
		AtomicInteger failed = new AtomicInteger();
		Timings latency = new Timings();
		String loadBefore = LoadAverage.now();
		Stats before = stats();
		CpuUse cpuBefore = CpuUse.now();
		long start = System.nanoTime();
		sendAtOnce(senders, options.sendSeconds, options.sendMax, sent, failed, latency);
		double seconds = (System.nanoTime() - start) / 1e9;
		CpuUse cpuAfter = CpuUse.now();
		Stats after = stats();
		lines.add("");
		lines.add("| sending (POST /thread/{uuid}/message) | senders | messages | failed | seconds | messages/s |"
		        + " latency p50 | p95 | p99 (ms) | SQL statements per send | CPU per message (ms) | warm-up (s) |"
		        + " load average |");
		lines.add("|---|---|---|---|---|---|---|---|---|---|---|---|---|");
		String underLoad = after == null ? ""
		        : String.format(Locale.ROOT, " (%.1f on average under load)",
		            (after.statements - before.statements) / (double) Math.max(1, sent.get() + failed.get()));
		lines.add(String.format(Locale.ROOT, "| %d patients and %d providers at once | %d | %d | %d | %.1f | %.0f | %.1f |"
		        + " %.1f | %.1f | %s%s | %s | %d | %s → %s |",
		    patients, senders.size() - patients, senders.size(), sent.get(), failed.get(), seconds, sent.get() / seconds,
		    latency.percentile(50), latency.percentile(95), latency.percentile(99), range(sendStatements), underLoad,
		    CpuUse.perMessage(cpuBefore, cpuAfter, sent.get() + failed.get()), warmedUp, loadBefore, LoadAverage.now()));
	}

	/**
	 * Sends, unmeasured, in rounds of {@value #WARM_UP_ROUND_SECONDS} s until the JIT compilers take less than
	 * {@value #SETTLED_COMPILER_SHARE} of the machine's CPU, or --send-warmup seconds have passed: a server that has
	 * been running has compiled its sending path, and C2 compiling Hibernate's and Spring's large methods, again after
	 * each deoptimization, took a fifth of the CPU for the first minute or more. Returns the seconds spent.
	 */
	private int warmUpSending(List<Sender> senders) throws Exception {
		int seconds = 0;
		double compilerShare;
		do {
			CpuUse before = CpuUse.now();
			sendAtOnce(senders, WARM_UP_ROUND_SECONDS, Integer.MAX_VALUE, new AtomicInteger(), new AtomicInteger(),
			    new Timings());
			seconds += WARM_UP_ROUND_SECONDS;
			compilerShare = CpuUse.compilerShare(before, CpuUse.now());
			System.out.printf(Locale.ROOT, "Warming up: sending, %d concurrent senders, %d s: JIT compilers %.0f%% of the"
			        + " machine's CPU%n", senders.size(), seconds, compilerShare * 100);
		} while (compilerShare >= SETTLED_COMPILER_SHARE && seconds < options.sendWarmup);
		return seconds;
	}

	/** All the senders at once, each going round its threads, until the seconds or the messages run out. */
	private static void sendAtOnce(List<Sender> senders, int seconds, int messages, AtomicInteger sent,
	        AtomicInteger failed, Timings latency) throws Exception {
		AtomicInteger budget = new AtomicInteger(messages);
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		ExecutorService pool = Executors.newFixedThreadPool(senders.size());
		try {
			List<Future<?>> running = new ArrayList<>();
			for (Sender sender : senders) {
				running.add(pool.submit(() -> {
					for (int i = 0; System.nanoTime() < deadline && budget.getAndDecrement() > 0; i++) {
						long begin = System.nanoTime();
						if (sender.send(i) == 201) {
							latency.add(System.nanoTime() - begin);
							sent.incrementAndGet();
						} else {
							failed.incrementAndGet();
						}
					}
					return null;
				}));
			}
			for (Future<?> each : running) {
				each.get();
			}
		}
		finally {
			pool.shutdown();
		}
	}

	private List<String> openThreads(String condition, String username) throws SQLException {
		List<String> uuids = new ArrayList<>();
		try (PreparedStatement st = jdbc.prepareStatement("SELECT t.uuid FROM boundaries_thread t WHERE " + condition
		        + " AND t.closed = FALSE AND t.voided = FALSE ORDER BY t.message_count, t.boundaries_thread_id")) {
			st.setString(1, username);
			st.setMaxRows(100);
			try (ResultSet rs = st.executeQuery()) {
				while (rs.next()) {
					uuids.add(rs.getString(1));
				}
			}
		}
		return uuids;
	}

	private static final class Sender {

		private final String username;

		private final List<String> threads;

		private HttpClientSession session;

		Sender(String username, List<String> threads) {
			this.username = username;
			this.threads = threads;
		}

		int send(int i) throws IOException {
			String body = HttpClientSession.JSON.createObjectNode()
			        .put("body", "Benchmark message " + i + " from " + username + ": thank you, that is clear.").toString();
			return session.post(API + "/thread/" + threads.get(i % threads.size()) + "/message", body);
		}
	}

	// ----- the runner's statistics

	private static final class Stats {

		final long statements;

		final long requestNanos;

		Stats(JsonNode json) {
			statements = json.get("prepareStatementCount").asLong();
			requestNanos = json.get("requestNanos").asLong();
		}
	}

	/** The runner's running totals; null for another server. */
	private Stats stats() throws IOException {
		if (statistics == null) {
			return null;
		}
		JsonNode json = statistics.getJson("/runner/statistics");
		if (!json.get("enabled").asBoolean()) {
			throw new IllegalStateException("Hibernate statistics are off in the runner");
		}
		return new Stats(json);
	}

	// ----- what is measured

	/** The busiest provider, the busiest patient's threads, the 20 busiest patients' charts, the last year. */
	private static final class Subjects {

		final int providerId;

		final List<String> threadUuids = new ArrayList<>();

		final List<Integer> threadIds = new ArrayList<>();

		final List<Integer> threadSizes = new ArrayList<>();

		final List<String> chartUuids = new ArrayList<>();

		final List<Integer> chartIds = new ArrayList<>();

		final LocalDate yearTo = LocalDate.now();

		final LocalDate yearFrom = yearTo.minusYears(1).plusDays(1);

		Subjects(Connection jdbc) throws SQLException {
			try (PreparedStatement st = jdbc.prepareStatement("SELECT p.provider_id FROM provider p JOIN users u"
			        + " ON u.person_id = p.person_id WHERE u.username = 'perf-doc-1'"); ResultSet rs = st.executeQuery()) {
				if (!rs.next()) {
					throw new IllegalStateException("No perf-doc-1: fill the database with standalone/perf.sh generate");
				}
				providerId = rs.getInt(1);
			}
			try (PreparedStatement st = jdbc.prepareStatement("SELECT t.uuid, t.boundaries_thread_id, t.message_count"
			        + " FROM boundaries_thread t JOIN users u ON u.person_id = t.patient_id WHERE u.username = 'perf-pat-1'"
			        + " AND t.voided = FALSE ORDER BY t.last_message_at DESC")) {
				st.setMaxRows(200);
				try (ResultSet rs = st.executeQuery()) {
					while (rs.next()) {
						threadUuids.add(rs.getString(1));
						threadIds.add(rs.getInt(2));
						threadSizes.add(rs.getInt(3));
					}
				}
			}
			try (PreparedStatement st = jdbc.prepareStatement("SELECT p.uuid, p.person_id FROM person p JOIN users u"
			        + " ON u.person_id = p.person_id WHERE u.username = ?")) {
				for (int rank = 1; rank <= 20; rank++) {
					st.setString(1, "perf-pat-" + rank);
					try (ResultSet rs = st.executeQuery()) {
						if (rs.next()) {
							chartUuids.add(rs.getString(1));
							chartIds.add(rs.getInt(2));
						}
					}
				}
			}
		}
	}
}
