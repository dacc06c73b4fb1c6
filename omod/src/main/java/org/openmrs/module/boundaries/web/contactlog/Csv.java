package org.openmrs.module.boundaries.web.contactlog;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * CSV exports (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents). Cells that a spreadsheet would
 * run as a formula are prefixed with an apostrophe, so a patient's words can never execute in a manager's spreadsheet.
 */
final class Csv {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private static final String BYTE_ORDER_MARK = "\uFEFF";

	private final StringBuilder text = new StringBuilder(BYTE_ORDER_MARK);

	/** The labels of the enum values written so far: a long export writes the same few many times. */
	private final Map<Enum<?>, String> labels = new HashMap<>();

	/** Starts a file with a header row of message keys, shown in the user's language. */
	static Csv withHeaders(String... headerKeys) {
		Csv csv = new Csv();
		csv.row(Arrays.stream(headerKeys).map(ApiErrors::message).toArray());
		return csv;
	}

	Csv row(Object... cells) {
		for (int i = 0; i < cells.length; i++) {
			text.append(i == 0 ? "" : ",").append(cell(cells[i]));
		}
		text.append("\r\n");
		return this;
	}

	/**
	 * Writes a file to the response as its rows come, batch after batch, so that no export holds all its rows: the
	 * headers, then the header row of message keys, then each batch {@code next} returns given the last row of the
	 * one before (null at first), until an empty one. The first batch is read before anything is written, so that a
	 * request it refuses is still answered with an error. The REST module's ETag filter (Spring's
	 * {@link ShallowEtagHeaderFilter}, on {@code /ws/rest/*}) would hold the whole file in memory to hash it before
	 * sending a byte: it is told not to for this response.
	 */
	static <T> void stream(HttpServletRequest request, HttpServletResponse response, String fileName,
	        String[] headerKeys, Function<T, List<T>> next, Function<T, Object[]> cells) throws IOException {
		List<T> batch = next.apply(null);
		ShallowEtagHeaderFilter.disableContentCaching(request);
		headers(fileName).forEach((name, values) -> values.forEach(value -> response.addHeader(name, value)));
		Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
		Csv csv = withHeaders(headerKeys);
		while (!batch.isEmpty()) {
			for (T row : batch) {
				csv.row(cells.apply(row));
			}
			csv.writeTo(out);
			batch = next.apply(batch.get(batch.size() - 1));
		}
		csv.writeTo(out);
	}

	/** Writes what was added since the last time, and forgets it. */
	private void writeTo(Writer out) throws IOException {
		out.append(text);
		out.flush();
		text.setLength(0);
	}

	/** The label of an enum value in the user's language: key {@code boundaries.contactlog.<Enum>.<VALUE>}. */
	static String label(Enum<?> value) {
		return value == null ? null
		        : ApiErrors.message("boundaries.contactlog." + value.getDeclaringClass().getSimpleName() + "." + value.name());
	}

	static String labels(List<? extends Enum<?>> values) {
		return values.stream().map(Csv::label).collect(Collectors.joining("; "));
	}

	/** Every row of a paged query, batch after batch (a few statements a batch, whatever its size). */
	static <T> void allPages(Function<Paging, Page<T>> query, Consumer<T> each) {
		int start = 0;
		Page<T> page;
		do {
			page = query.apply(Paging.exportBatch(start));
			page.getRows().forEach(each);
			start += Paging.EXPORT_BATCH;
		} while (page.hasMore());
	}

	ResponseEntity<byte[]> response(String fileName) {
		return ResponseEntity.ok().headers(headers(fileName)).body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static HttpHeaders headers(String fileName) {
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
		headers.setCacheControl("no-store");
		return headers;
	}

	private String cell(Object value) {
		if (value == null) {
			return "";
		}
		String cell = value instanceof Enum ? labels.computeIfAbsent((Enum<?>) value, Csv::label) : value.toString();
		if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
			cell = "'" + cell;
		}
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			cell = "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}
}
