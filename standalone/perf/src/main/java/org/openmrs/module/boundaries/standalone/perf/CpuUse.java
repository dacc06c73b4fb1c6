package org.openmrs.module.boundaries.standalone.perf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;

/**
 * CPU time used on this machine, split by who used it, so that a throughput figure comes with where its CPU went: the
 * server's request threads (Tomcat's {@code http-nio-*}, when the runner is in this JVM), the rest of this JVM (the
 * benchmark's clients, the JIT compiler, the garbage collector), MariaDB, and everything else (another server, other
 * work). Linux only ({@code /proc}); elsewhere {@link #now()} is null.
 */
final class CpuUse {

	/** {@code /proc} counts in clock ticks of 1/100 s (USER_HZ) on Linux. */
	private static final long NANOS_PER_TICK = 10_000_000L;

	private static final String SERVER_THREADS = "http-nio-";

	private final long machine;

	private final long thisJvm;

	private final long serverThreads;

	private final long database;

	private CpuUse(long machine, long thisJvm, long serverThreads, long database) {
		this.machine = machine;
		this.thisJvm = thisJvm;
		this.serverThreads = serverThreads;
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
			        serverThreadNanos(), databaseTicks() * NANOS_PER_TICK);
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Milliseconds of CPU per message between two readings, or "not measured". */
	static String perMessage(CpuUse before, CpuUse after, int messages) {
		if (before == null || after == null || messages == 0) {
			return "not measured";
		}
		double server = (after.serverThreads - before.serverThreads) / 1e6 / messages;
		double jvm = (after.thisJvm - before.thisJvm) / 1e6 / messages;
		double database = (after.database - before.database) / 1e6 / messages;
		double machine = (after.machine - before.machine) / 1e6 / messages;
		double elsewhere = Math.max(0, machine - jvm - database);
		if (server > 0) {
			return String.format(Locale.ROOT, "%.2f: server requests %.2f, rest of the JVM (clients, JIT, GC) %.2f,"
			        + " MariaDB %.2f, elsewhere %.2f", machine, server, jvm - server, database, elsewhere);
		}
		return String.format(Locale.ROOT, "%.2f: server and elsewhere %.2f, clients (this JVM) %.2f, MariaDB %.2f",
		    machine, elsewhere, jvm, database);
	}

	private static long serverThreadNanos() {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long total = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().startsWith(SERVER_THREADS)) {
				total += Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
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
