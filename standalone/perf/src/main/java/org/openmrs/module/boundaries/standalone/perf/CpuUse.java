package org.openmrs.module.boundaries.standalone.perf;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * CPU time used on this machine, split by who used it, so that a throughput figure comes with where its CPU went: the
 * server's request threads (Tomcat's {@code http-nio-*}, when the runner is in this JVM), the JIT compiler threads of
 * every JVM on the machine (this one's and a server's), this JVM's garbage collector threads, the rest of this JVM
 * (the benchmark's clients), MariaDB, and everything else (another server, other work). Linux only ({@code /proc});
 * elsewhere {@link #now()} is null.
 */
final class CpuUse {

	/** {@code /proc} counts in clock ticks of 1/100 s (USER_HZ) on Linux. */
	private static final long NANOS_PER_TICK = 10_000_000L;

	private static final String SERVER_THREADS = "http-nio-";

	private static final int SERVER = 0;

	private static final int COMPILER = 1;

	private static final int COLLECTOR = 2;

	private final long machine;

	private final long thisJvm;

	private final long serverThreads;

	private final long compiler;

	private final long compilersEverywhere;

	private final long collector;

	private final long database;

	private CpuUse(long machine, long thisJvm, long[] threads, long compilersEverywhere, long database) {
		this.machine = machine;
		this.thisJvm = thisJvm;
		this.serverThreads = threads[SERVER];
		this.compiler = threads[COMPILER];
		this.collector = threads[COLLECTOR];
		this.compilersEverywhere = compilersEverywhere;
		this.database = database;
	}

	static CpuUse now() {
		try {
			String[] cpu = Files.readAllLines(Paths.get("/proc/stat")).get(0).trim().split("\\s+");
			// user nice system idle iowait irq softirq steal: busy is all but idle and iowait
			long busy = 0;
			for (int i : new int[] { 1, 2, 3, 6, 7, 8 }) {
				busy += Long.parseLong(cpu[i]);
			}
			return new CpuUse(busy * NANOS_PER_TICK, processTicks(Paths.get("/proc/self/stat")) * NANOS_PER_TICK,
			        threadNanos(Paths.get("/proc/self/task")), compilersEverywhere(), databaseTicks() * NANOS_PER_TICK);
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/**
	 * The share of the machine's CPU that the JIT compilers of all its JVMs took between two readings (0 to 1); 0 when
	 * not measured. A server whose compilers are still busy has not reached the steady state a running server is in.
	 */
	static double compilerShare(CpuUse before, CpuUse after) {
		if (before == null || after == null || after.machine == before.machine) {
			return 0;
		}
		return (after.compilersEverywhere - before.compilersEverywhere) / (double) (after.machine - before.machine);
	}

	/** Milliseconds of CPU per message between two readings, or "not measured". */
	static String perMessage(CpuUse before, CpuUse after, int messages) {
		if (before == null || after == null || messages == 0) {
			return "not measured";
		}
		double server = (after.serverThreads - before.serverThreads) / 1e6 / messages;
		double jvm = (after.thisJvm - before.thisJvm) / 1e6 / messages;
		double ownCompiler = (after.compiler - before.compiler) / 1e6 / messages;
		double compilers = (after.compilersEverywhere - before.compilersEverywhere) / 1e6 / messages;
		double collector = (after.collector - before.collector) / 1e6 / messages;
		double database = (after.database - before.database) / 1e6 / messages;
		double machine = (after.machine - before.machine) / 1e6 / messages;
		double elsewhere = Math.max(0, machine - jvm - database - (compilers - ownCompiler));
		if (server > 0) {
			return String.format(Locale.ROOT, "%.2f: server requests %.2f, JIT compilers %.2f, GC %.2f, rest of the JVM"
			        + " (clients) %.2f, MariaDB %.2f, elsewhere %.2f", machine, server, compilers, collector,
			    jvm - server - ownCompiler - collector, database, elsewhere);
		}
		return String.format(Locale.ROOT, "%.2f: server and elsewhere %.2f, JIT compilers (every JVM) %.2f, clients"
		        + " (this JVM) %.2f, MariaDB %.2f", machine, elsewhere, compilers, jvm - ownCompiler, database);
	}

	/**
	 * A process's threads' CPU by kind, from {@code /proc/<pid>/task}: the JIT compiler's and the garbage collector's
	 * threads are not Java threads that {@code ThreadMXBean} lists. A thread that ended between two readings is counted
	 * in its process's total only.
	 */
	private static long[] threadNanos(Path taskDirectory) throws IOException {
		long[] nanos = new long[3];
		try (DirectoryStream<Path> tasks = Files.newDirectoryStream(taskDirectory)) {
			for (Path task : tasks) {
				try {
					String name = new String(Files.readAllBytes(task.resolve("comm"))).trim();
					int kind = name.startsWith(SERVER_THREADS) ? SERVER
					        : name.contains("CompilerThre") ? COMPILER
					                : name.startsWith("GC Thread") || name.startsWith("G1 ") ? COLLECTOR : -1;
					if (kind >= 0) {
						nanos[kind] += processTicks(task.resolve("stat")) * NANOS_PER_TICK;
					}
				}
				catch (IOException ended) {
					// the thread ended while the list was read
				}
			}
		}
		return nanos;
	}

	/** The JIT compiler threads of every Java process on this machine. */
	private static long compilersEverywhere() throws IOException {
		long total = 0;
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					if (new String(Files.readAllBytes(process.resolve("comm"))).trim().equals("java")) {
						total += threadNanos(process.resolve("task"))[COMPILER];
					}
				}
				catch (IOException gone) {
					// the process ended while the list was read
				}
			}
		}
		return total;
	}

	/** MariaDB's server process, found by its name; 0 when it is not on this machine. */
	private static long databaseTicks() throws IOException {
		try (DirectoryStream<Path> processes = Files.newDirectoryStream(Paths.get("/proc"), "[0-9]*")) {
			for (Path process : processes) {
				try {
					String name = new String(Files.readAllBytes(process.resolve("comm"))).trim();
					if (name.equals("mariadbd") || name.equals("mysqld")) {
						return processTicks(process.resolve("stat"));
					}
				}
				catch (IOException gone) {
					// the process ended while the list was read
				}
			}
		}
		return 0;
	}

	/** utime + stime of a process; its name (in parentheses) may hold spaces, so fields are counted after it. */
	private static long processTicks(Path stat) throws IOException {
		String line = new String(Files.readAllBytes(stat));
		String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
		return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
	}
}
