package org.openmrs.module.boundaries.web;

import org.springframework.http.HttpStatus;

/** A state-changing request that failed the module's cross-site request forgery defence. */
public class CsrfRejectedException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	private final HttpStatus status;

	private final String code;

	public CsrfRejectedException(HttpStatus status, String code) {
		super(code);
		this.status = status;
		this.code = code;
	}

	public HttpStatus getStatus() {
		return status;
	}

	public String getCode() {
		return code;
	}
}
