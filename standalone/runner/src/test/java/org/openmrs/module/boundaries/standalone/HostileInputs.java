package org.openmrs.module.boundaries.standalone;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.openmrs.module.boundaries.web.RequestBodyLimit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * The hostile input corpus: what an attacker or a broken client puts in a JSON body field or a query parameter,
 * chosen by the kind of value the field normally holds (the matrix row's valid example tells it). A payload either
 * must be refused (a 4xx JSON error, nothing written) or may also be accepted (free text may well contain an SQL
 * string or a script: it is stored and shown as text), but never gets a 5xx, a stack trace or a 200 carrying an
 * exception.
 */
final class HostileInputs {

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	/** What a value normally is, judged from a valid example. */
	enum Kind {
		TEXT, UUID, ENUM, TIME, DATE, NUMBER, BOOLEAN, ARRAY, OBJECT;

		static final Set<Kind> SCALARS = EnumSet.of(TEXT, UUID, ENUM, TIME, DATE, NUMBER, BOOLEAN);

		private static final Pattern UUID_PATTERN = Pattern.compile("[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}");

		static Kind of(JsonNode example) {
			if (example.isArray()) {
				return ARRAY;
			}
			if (example.isObject()) {
				return OBJECT;
			}
			if (example.isNumber()) {
				return NUMBER;
			}
			if (example.isBoolean()) {
				return BOOLEAN;
			}
			return ofText(example.asText());
		}

		static Kind ofText(String text) {
			if (UUID_PATTERN.matcher(text).matches() || text.equals("default")) {
				return UUID;
			}
			if (text.matches("-?\\d+")) {
				return NUMBER;
			}
			if (text.matches("\\d{2}:\\d{2}")) {
				return TIME;
			}
			if (text.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
				return DATE;
			}
			if (text.matches("[A-Z][A-Z0-9_]+")) {
				return ENUM;
			}
			return TEXT;
		}
	}

	enum Expect {
		/** A 4xx JSON error and nothing written. */
		REFUSED,
		/** Refused cleanly, or accepted (2xx) without an exception in the answer. */
		CLEAN
	}

	/** One hostile value for one kind of field; {@code value == null} means "leave the field out". */
	static final class Payload {

		final String name;

		final Set<Kind> kinds;

		final Expect expect;

		final Function<JsonNode, JsonNode> value;

		Payload(String name, Set<Kind> kinds, Expect expect, Function<JsonNode, JsonNode> value) {
			this.name = name;
			this.kinds = kinds;
			this.expect = expect;
			this.value = value;
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static final String SQL = "x' OR '1'='1'; DROP TABLE boundaries_thread; --";

	static final String HQL = "x' or 1=1 or ''=' ) from User u where (1=1";

	static final String SCRIPT = "<script>window.__pwned=1</script><img src=x onerror=\"window.__pwned=1\">";

	static final String CONTROL = "\u0000\u202Egnp.exe\u200B\uD83D\uDE00\r\n\t";

	/**
	 * Stands for 5,000 nested arrays in a serialized body: Jackson itself refuses to write a tree that deep, so the
	 * marker is replaced in the text.
	 */
	static final String DEEP_NESTING_MARKER = "__deep_nesting__";

	/** A uuid no object has. */
	static final String UNKNOWN_UUID = UUID.randomUUID().toString();

	private static final Set<Kind> ALL = EnumSet.allOf(Kind.class);

	private static final List<Payload> FIELD_PAYLOADS = new ArrayList<>();

	static {
		add("null", ALL, Expect.CLEAN, example -> NODES.nullNode());
		add("missing", ALL, Expect.CLEAN, example -> null);
		add("deep nesting", ALL, Expect.REFUSED, example -> NODES.textNode(DEEP_NESTING_MARKER));
		add("object for a value", Kind.SCALARS, Expect.REFUSED, example -> NODES.objectNode().put("$gt", ""));
		add("array for a value", Kind.SCALARS, Expect.REFUSED, example -> NODES.arrayNode().add("x").add(1));
		add("huge string", EnumSet.of(Kind.TEXT, Kind.UUID, Kind.ENUM, Kind.TIME, Kind.DATE), Expect.REFUSED,
		    example -> NODES.textNode(repeat('x', 100_000)));
		add("SQL injection", EnumSet.of(Kind.TEXT), Expect.CLEAN, example -> NODES.textNode(SQL));
		add("SQL injection", EnumSet.of(Kind.UUID, Kind.ENUM, Kind.TIME, Kind.DATE), Expect.REFUSED,
		    example -> NODES.textNode(SQL));
		add("HQL injection", EnumSet.of(Kind.TEXT), Expect.CLEAN, example -> NODES.textNode(HQL));
		add("HQL injection", EnumSet.of(Kind.UUID), Expect.REFUSED, example -> NODES.textNode(HQL));
		add("script and HTML", EnumSet.of(Kind.TEXT), Expect.CLEAN, example -> NODES.textNode(SCRIPT));
		add("script and HTML", EnumSet.of(Kind.UUID, Kind.ENUM, Kind.TIME, Kind.DATE), Expect.REFUSED,
		    example -> NODES.textNode(SCRIPT));
		add("control and bidi characters", EnumSet.of(Kind.TEXT), Expect.CLEAN, example -> NODES.textNode(CONTROL));
		add("malformed uuid", EnumSet.of(Kind.UUID), Expect.REFUSED, example -> NODES.textNode("not-a-uuid"));
		add("unknown uuid", EnumSet.of(Kind.UUID), Expect.REFUSED, example -> NODES.textNode(UNKNOWN_UUID));
		add("unknown value", EnumSet.of(Kind.ENUM), Expect.REFUSED, example -> NODES.textNode("NOT_A_VALUE"));
		add("impossible time", EnumSet.of(Kind.TIME), Expect.REFUSED, example -> NODES.textNode("25:61"));
		// java.util.Date fields read "2025-02-30" leniently as 2 March, as Jackson does: a real date, so either answer
		add("impossible date", EnumSet.of(Kind.DATE), Expect.CLEAN, example -> NODES.textNode("2025-02-30"));
		add("not a date", EnumSet.of(Kind.DATE), Expect.REFUSED, example -> NODES.textNode("yesterday"));
		add("far past date", EnumSet.of(Kind.DATE), Expect.REFUSED, example -> NODES.textNode("0001-01-01"));
		add("far future date", EnumSet.of(Kind.DATE), Expect.REFUSED, example -> NODES.textNode("99999-12-31"));
		add("text for a number", EnumSet.of(Kind.NUMBER), Expect.REFUSED, example -> NODES.textNode("abc"));
		add("overflowing number", EnumSet.of(Kind.NUMBER), Expect.REFUSED,
		    example -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
		add("negative number", EnumSet.of(Kind.NUMBER), Expect.CLEAN, example -> NODES.numberNode(-1));
		add("fraction", EnumSet.of(Kind.NUMBER), Expect.CLEAN, example -> NODES.numberNode(1.5));
		add("text for a boolean", EnumSet.of(Kind.BOOLEAN), Expect.REFUSED, example -> NODES.textNode("maybe"));
		add("text for a list", EnumSet.of(Kind.ARRAY), Expect.REFUSED, example -> NODES.textNode(SCRIPT));
		add("list of nulls", EnumSet.of(Kind.ARRAY), Expect.CLEAN, example -> NODES.arrayNode().addNull());
		add("huge list", EnumSet.of(Kind.ARRAY), Expect.CLEAN, example -> {
			ArrayNode list = NODES.arrayNode();
			for (int i = 0; i < 5000; i++) {
				list.add(example.size() > 0 ? example.get(0) : NODES.textNode("x"));
			}
			return list;
		});
	}

	private HostileInputs() {
	}

	private static void add(String name, Set<Kind> kinds, Expect expect, Function<JsonNode, JsonNode> value) {
		FIELD_PAYLOADS.add(new Payload(name, kinds, expect, value));
	}

	/** The payloads for a field whose valid value is the example. */
	static List<Payload> forField(JsonNode example) {
		Kind kind = Kind.of(example);
		List<Payload> payloads = new ArrayList<>();
		for (Payload payload : FIELD_PAYLOADS) {
			if (payload.kinds.contains(kind)) {
				payloads.add(payload);
			}
		}
		return payloads;
	}

	/** A hostile query parameter value; a null value leaves the parameter out. */
	record ParameterPayload(String name, String value, Expect expect) {
	}

	/** A query parameter's hostile values (raw, URL-encoded when sent), by the valid value's kind. */
	static List<ParameterPayload> forParameter(String name, String example) {
		Kind kind = Kind.ofText(example);
		boolean paging = name.equals("limit") || name.equals("startIndex");
		Expect textual = kind == Kind.UUID || kind == Kind.NUMBER ? Expect.REFUSED : Expect.CLEAN;
		List<ParameterPayload> values = new ArrayList<>();
		values.add(new ParameterPayload("missing", null, Expect.CLEAN));
		values.add(new ParameterPayload("empty", "", Expect.CLEAN));
		values.add(new ParameterPayload("SQL injection", SQL, textual));
		values.add(new ParameterPayload("script and HTML", SCRIPT, textual));
		// a URL over Tomcat's 8 KB header limit never reaches OpenMRS: the container answers 400 itself
		values.add(new ParameterPayload("long value", repeat('x', 6000), textual));
		values.add(new ParameterPayload("control and bidi characters", CONTROL, textual));
		if (kind == Kind.UUID) {
			values.add(new ParameterPayload("malformed uuid", "not-a-uuid", Expect.REFUSED));
			values.add(new ParameterPayload("unknown uuid", UNKNOWN_UUID, Expect.REFUSED));
		}
		if (kind == Kind.NUMBER) {
			values.add(new ParameterPayload("text for a number", "abc", Expect.REFUSED));
			// a page is 1 to 100 rows from 0 on; other numbers (a gift's value) may take any of these
			Expect outOfPage = paging ? Expect.REFUSED : Expect.CLEAN;
			values.add(new ParameterPayload("negative number", "-1", outOfPage));
			values.add(new ParameterPayload("overflowing number", "99999999999999999999", outOfPage));
			values.add(new ParameterPayload("exponent", "1e3", outOfPage));
		}
		return values;
	}

	/** Values for a uuid in the path. */
	static List<String> forPathUuid() {
		// no '/': Tomcat refuses an encoded slash in a path itself (400), before OpenMRS sees the request
		return Collections.unmodifiableList(Arrays.asList("not-a-uuid", UNKNOWN_UUID, SQL,
		    "<img src=x onerror=window.__pwned=1>", repeat('7', 2000)));
	}

	/** Whole-body payloads, all of which must be refused: {name, content type, raw body}. */
	static List<Object[]> forBody(String validBody) {
		List<Object[]> bodies = new ArrayList<>();
		byte[] valid = validBody.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		bodies.add(new Object[] { "malformed JSON", "application/json", bytes(validBody.substring(0, validBody.length() / 2)) });
		bodies.add(new Object[] { "JSON null", "application/json", bytes("null") });
		bodies.add(new Object[] { "JSON array", "application/json", bytes("[" + validBody + "]") });
		bodies.add(new Object[] { "JSON string", "application/json", bytes("\"" + SCRIPT + "\"") });
		bodies.add(new Object[] { "extra field", "application/json", bytes(validBody.replaceFirst("\\{", "{\"admin\":true,")) });
		bodies.add(new Object[] { "invalid UTF-8", "application/json", invalidUtf8(valid) });
		bodies.add(new Object[] { "huge body", "application/json", bytes(validBody.replaceFirst("\\{", "{\"padding\":\""
		        + repeat(' ', RequestBodyLimit.MAX_BYTES + 1024) + "\",")) });
		bodies.add(new Object[] { "not JSON", "text/plain", valid });
		bodies.add(new Object[] { "form", "application/x-www-form-urlencoded", bytes("admin=true") });
		return bodies;
	}

	/** The valid body with a byte sequence that is not UTF-8 inside its first string. */
	private static byte[] invalidUtf8(byte[] valid) {
		int quote = 0;
		for (int i = 0, quotes = 0; i < valid.length; i++) {
			if (valid[i] == '"' && ++quotes == 3) {
				quote = i;
				break;
			}
		}
		byte[] bad = new byte[valid.length + 3];
		System.arraycopy(valid, 0, bad, 0, quote + 1);
		bad[quote + 1] = (byte) 0xC3;
		bad[quote + 2] = (byte) 0x28;
		bad[quote + 3] = (byte) 0xFF;
		System.arraycopy(valid, quote + 1, bad, quote + 4, valid.length - quote - 1);
		return bad;
	}

	static String withDeepNesting(String json) {
		return json.replace("\"" + DEEP_NESTING_MARKER + "\"", repeat('[', 5000) + repeat(']', 5000));
	}

	static String repeat(char c, int n) {
		char[] chars = new char[n];
		Arrays.fill(chars, c);
		return new String(chars);
	}

	private static byte[] bytes(String text) {
		return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
	}
}
