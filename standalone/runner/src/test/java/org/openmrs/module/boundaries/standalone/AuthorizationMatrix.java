package org.openmrs.module.boundaries.standalone;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authorization matrix, read from {@value #RESOURCE}: one row per endpoint form, one column per demo role, each
 * cell the exact status expected (see the file's header for the notation). The matrix test, the hostile input
 * corpus and the CSRF test all take their requests from here, so a new endpoint gets all three by adding one row.
 */
final class AuthorizationMatrix {

	static final String RESOURCE = "/security/authorization-matrix.txt";

	/** The demo roles, in the order of the table's columns. */
	enum Role {

		ANONYMOUS(null, null), PATIENT(DemoAccount.PATIENT, Side.A), PATIENT2(DemoAccount.PATIENT2, Side.B),
		DOCTOR(DemoAccount.DOCTOR, Side.A), DOCTOR2(DemoAccount.DOCTOR2, Side.B), MANAGER(DemoAccount.MANAGER, null),
		ADMIN(DemoAccount.ADMIN, null);

		final DemoAccount account;

		/** Whose objects are this role's own: side A is patient's and doctor's, side B patient2's and doctor2's. */
		final Side side;

		Role(DemoAccount account, Side side) {
			this.account = account;
			this.side = side;
		}

		String label() {
			return name().toLowerCase();
		}
	}

	/** The two sets of objects every request can name: A (patient with doctor) and B (patient2 with doctor2). */
	enum Side {
		A, B;

		Side other() {
			return this == A ? B : A;
		}
	}

	/** Placeholders of request templates: {@code {thread}}, {@code {me.username}}. */
	static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z][a-zA-Z0-9.]*)\\}");

	private static final Set<String> STATE_CHANGING = new LinkedHashSet<>(Arrays.asList("POST", "PUT", "PATCH", "DELETE"));

	/** One endpoint form: a request template and the expected status for every role. */
	static final class Row {

		final int line;

		final String method;

		/** Relative to {@code /ws/rest/v1/boundaries}, with the query. */
		final String path;

		/** JSON body template, or null. */
		final String body;

		final Set<String> flags;

		private final Map<Role, int[]> expected;

		Row(int line, String method, String path, String body, Set<String> flags, Map<Role, int[]> expected) {
			this.line = line;
			this.method = method;
			this.path = path;
			this.body = body;
			this.flags = flags;
			this.expected = expected;
		}

		boolean isStateChanging() {
			return STATE_CHANGING.contains(method);
		}

		/** Whether the request names objects of one side or the other. */
		boolean namesObjects() {
			Matcher m = PLACEHOLDER.matcher(path + (body == null ? "" : body));
			while (m.find()) {
				if (!m.group(1).startsWith("me.")) {
					return true;
				}
			}
			return false;
		}

		/** The expected status for a role on its own side's objects (or the only one). */
		int own(Role role) {
			return expected.get(role)[0];
		}

		/** The expected status for a role on the other side's objects. */
		int other(Role role) {
			int[] statuses = expected.get(role);
			return statuses[statuses.length - 1];
		}

		/** The roles whose request on their own side succeeds: who the hostile corpus sends as. */
		List<Role> allowedRoles() {
			List<Role> roles = new ArrayList<>();
			for (Role role : Role.values()) {
				if (own(role) < 300) {
					roles.add(role);
				}
			}
			return roles;
		}

		@Override
		public String toString() {
			return method + " " + path + " (line " + line + ")";
		}
	}

	private AuthorizationMatrix() {
	}

	static List<Row> rows() {
		try (InputStream in = AuthorizationMatrix.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing");
			}
			return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
	}

	static List<Row> parse(BufferedReader reader) throws IOException {
		List<Row> rows = new ArrayList<>();
		StringBuilder pending = new StringBuilder();
		int number = 0;
		int start = 0;
		for (String line = reader.readLine(); line != null; line = reader.readLine()) {
			number++;
			String trimmed = line.trim();
			if (pending.length() == 0 && (trimmed.isEmpty() || trimmed.startsWith("#"))) {
				continue;
			}
			if (pending.length() == 0) {
				start = number;
			}
			if (trimmed.endsWith("\\")) {
				pending.append(trimmed, 0, trimmed.length() - 1).append(' ');
				continue;
			}
			pending.append(trimmed);
			rows.add(parseRow(start, pending.toString()));
			pending.setLength(0);
		}
		return Collections.unmodifiableList(rows);
	}

	private static Row parseRow(int line, String text) {
		String[] parts = text.split("\\s+\\|\\s+");
		Role[] roles = Role.values();
		if (parts.length != roles.length + 1) {
			throw new IllegalArgumentException(RESOURCE + " line " + line + ": expected a request and " + roles.length
			        + " columns separated by ' | ': " + text);
		}
		String request = parts[0].trim();
		Set<String> flags = new LinkedHashSet<>();
		Matcher flag = Pattern.compile("\\s+!([a-z-]+)$").matcher(request);
		while (flag.find()) {
			flags.add(flag.group(1));
			request = request.substring(0, flag.start());
			flag = Pattern.compile("\\s+!([a-z-]+)$").matcher(request);
		}
		String[] words = request.split("\\s+", 3);
		if (words.length < 2 || !words[1].startsWith("/")) {
			throw new IllegalArgumentException(RESOURCE + " line " + line + ": expected METHOD /path: " + text);
		}
		String body = words.length == 3 ? words[2].trim() : null;
		Map<Role, int[]> expected = new EnumMap<>(Role.class);
		for (int i = 0; i < roles.length; i++) {
			String cell = parts[i + 1].trim();
			String[] statuses = cell.split("/");
			if (statuses.length > 2 || (statuses.length == 2 && roles[i].side == null)) {
				throw new IllegalArgumentException(RESOURCE + " line " + line + ": column " + roles[i].label()
				        + " must be one status" + (roles[i].side == null ? "" : " or own/other") + ": " + cell);
			}
			expected.put(roles[i], Arrays.stream(statuses).mapToInt(Integer::parseInt).toArray());
		}
		return new Row(line, words[0].toUpperCase(), words[1], body, flags, expected);
	}
}
