package org.openmrs.module.boundaries.web.contactlog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * CSV exports (RFC 4180, UTF-8 with a byte-order mark so spreadsheets read accents). Cells that a spreadsheet would
 * run as a formula are prefixed with an apostrophe, so a patient's words can never execute in a manager's spreadsheet.
 */
final class Csv {

	private static final String FORMULA_STARTS = "=+-@\t\r";

	private final StringBuilder text = new StringBuilder("\uFEFF");

	/** Starts a file with a header row of message keys, shown in the user's language. */
	static Csv withHeaders(String... headerKeys) {
		Csv csv = new Csv();
		csv.row(Arrays.stream(headerKeys).map(ApiErrors::message).toArray());
		return csv;
	}

	Csv row(Object... cells) {
		text.append(Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(","))).append("\r\n");
		return this;
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
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(new MediaType("text", "csv", StandardCharsets.UTF_8));
		headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
		headers.setCacheControl("no-store");
		return ResponseEntity.ok().headers(headers).body(text.toString().getBytes(StandardCharsets.UTF_8));
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		String cell = value instanceof Enum ? label((Enum<?>) value) : value.toString();
		if (!cell.isEmpty() && FORMULA_STARTS.indexOf(cell.charAt(0)) >= 0) {
			cell = "'" + cell;
		}
		if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
			cell = "\"" + cell.replace("\"", "\"\"") + "\"";
		}
		return cell;
	}
}
