package org.openmrs.module.boundaries.web;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Type;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Caps every JSON request body of the module at {@value #MAX_BYTES} bytes, far above the largest legitimate one (a
 * message is at most 4,000 characters). Neither OpenMRS nor Tomcat limits a JSON body, so without this anyone, even
 * signed out, could make the server buffer gigabytes. A declared length over the cap is refused before anything is
 * read; a body sent without one is cut off when it crosses the cap.
 */
@ControllerAdvice(basePackages = "org.openmrs.module.boundaries.web")
public class RequestBodyLimit extends RequestBodyAdviceAdapter {

	public static final int MAX_BYTES = 256 * 1024;

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
	        Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public HttpInputMessage beforeBodyRead(HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
	        Class<? extends HttpMessageConverter<?>> converterType) throws IOException {
		if (inputMessage.getHeaders().getContentLength() > MAX_BYTES) {
			throw new TooLargeException();
		}
		InputStream limited = new LimitedInputStream(inputMessage.getBody());
		return new HttpInputMessage() {

			@Override
			public InputStream getBody() {
				return limited;
			}

			@Override
			public HttpHeaders getHeaders() {
				return inputMessage.getHeaders();
			}
		};
	}

	/**
	 * A request body over the cap: answered 413. An IOException, because Jackson passes those through unchanged while
	 * it wraps any other exception of the stream it reads as a malformed body.
	 */
	public static class TooLargeException extends IOException {

		private static final long serialVersionUID = 1L;

		TooLargeException() {
			super("Request body larger than " + MAX_BYTES + " bytes");
		}
	}

	private static final class LimitedInputStream extends FilterInputStream {

		private long remaining = MAX_BYTES;

		LimitedInputStream(InputStream in) {
			super(in);
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				consumed(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = super.read(buffer, offset, length);
			if (n > 0) {
				consumed(n);
			}
			return n;
		}

		private void consumed(int n) throws TooLargeException {
			remaining -= n;
			if (remaining < 0) {
				throw new TooLargeException();
			}
		}
	}
}
