package org.openmrs.module.boundaries.standalone.perf;

/**
 * {@code standalone/perf.sh generate|bench [options]}: fills a dedicated database with the spec's volume, or
 * benchmarks the runner's HTTP API against it. See docs/performance.md.
 */
public final class PerfCommand {

	static final String USAGE = "Usage: standalone/perf.sh generate|bench [--db mariadb|h2] [--db-url URL] [--db-user U]"
	        + " [--db-password P] [options]\n"
	        + "  --db           mariadb (default: jdbc:mysql://127.0.0.1:3306/boundaries_perf, created when missing)"
	        + " or h2 (file standalone/perf/data/boundaries-perf)\n"
	        + "generate: EMPTIES that database, creates the schema with the runner and writes the data\n"
	        + "  --scale F      fraction of the spec's volume (default 1: 100k patients, 5k providers, 250k threads,"
	        + " ~1M messages, 1M contact-log entries, 50k gifts)\n"
	        + "  --seed N       random seed (default 42): the same seed and scale give the same data\n"
	        + "  --schema existing  keep the database's own OpenMRS schema (a real server's, stopped, with the module"
	        + " installed and none of its rows yet): nothing emptied, the rows added after the ones there\n"
	        + "bench: starts the runner on that database as it is (--keep-data --statistics) and measures\n"
	        + "  --warmup N     unmeasured requests per read first (default 500: the server's JIT compiles the read)\n"
	        + "  --samples N    measured requests per read (default 400)\n"
	        + "  --senders N    concurrent senders (default 8), for at most --send-seconds S (default 20)"
	        + " and --send-max N messages (default 20000), after unmeasured sending until the JIT"
	        + " compilers take under 5% of the CPU, for at most --send-warmup S seconds (default 300)\n"
	        + "  --out FILE     also write the results table (Markdown) to FILE\n"
	        + "  --base-url URL benchmark that running OpenMRS (module installed, its database filled by generate, given"
	        + " with --db-url) instead of the runner: round-trip times, no statement counts";

	private PerfCommand() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length == 0 || !("generate".equals(args[0]) || "bench".equals(args[0]))) {
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		PerfOptions options;
		try {
			options = PerfOptions.parse(args, 1);
		}
		catch (IllegalArgumentException e) {
			System.err.println(e.getMessage() + "\n" + USAGE);
			System.exit(2);
			return;
		}
		if ("generate".equals(args[0])) {
			new DataGenerator(options).run();
		} else {
			new Benchmark(options).run();
		}
		// the runner's and the HTTP client's threads are done with
		System.exit(0);
	}
}
