package org.openmrs.module.boundaries.standalone.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Paths;

/** The machine's load average over the last minute, as {@code uptime} shows it (Linux; "unknown" elsewhere). */
final class LoadAverage {

	private LoadAverage() {
	}

	static String now() {
		try {
			return new String(Files.readAllBytes(Paths.get("/proc/loadavg"))).split(" ")[0];
		}
		catch (IOException e) {
			return "unknown";
		}
	}
}
