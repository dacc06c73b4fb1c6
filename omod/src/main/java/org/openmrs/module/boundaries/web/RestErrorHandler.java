package org.openmrs.module.boundaries.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Map;

import javax.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentConversionNotSupportedException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The one place where the module's REST errors get their HTTP status. OpenMRS itself would answer an uncaught
 * APIAuthenticationException with HTTP 200 (see PLATFORM.md), so every controller of this module relies on this
 * advice. It applies to this module's controllers only.
 */
@RestControllerAdvice(basePackages = "org.openmrs.module.boundaries.web")
public class RestErrorHandler {

	private static final Logger log = LoggerFactory.getLogger(RestErrorHandler.class);

	@ExceptionHandler(APIAuthenticationException.class)
	public ResponseEntity<Map<String, Object>> notAllowed(APIAuthenticationException e) {
		if (!Context.isAuthenticated()) {
			return ApiErrors.response(HttpStatus.UNAUTHORIZED, "boundaries.error.unauthenticated");
		}
		return ApiErrors.response(HttpStatus.FORBIDDEN, "boundaries.error.forbidden");
	}

	@ExceptionHandler(CsrfRejectedException.class)
	public ResponseEntity<Map<String, Object>> csrfRejected(CsrfRejectedException e) {
		return ApiErrors.response(e.getStatus(), e.getCode());
	}

	@ExceptionHandler(ValidationException.class)
	public ResponseEntity<Map<String, Object>> invalidObject(ValidationException e) {
		if (e.getErrors() == null) {
			return ApiErrors.response(HttpStatus.BAD_REQUEST, "boundaries.error.invalid", e.getMessage());
		}
		return ApiErrors.validation(e.getErrors());
	}

	@ExceptionHandler(InvalidRequestException.class)
	public ResponseEntity<Map<String, Object>> invalidRequest(InvalidRequestException e) {
		if (e.getField() == null) {
			return ApiErrors.response(HttpStatus.BAD_REQUEST, "boundaries.error.invalid", e.getMessage());
		}
		return ApiErrors.fieldError(e.getField(), "boundaries.error.invalid", e.getMessage());
	}

	@ExceptionHandler(ObjectNotFoundException.class)
	public ResponseEntity<Map<String, Object>> notFound(ObjectNotFoundException e) {
		return ApiErrors.response(HttpStatus.NOT_FOUND, "boundaries.error.notFound", e.getMessage());
	}

	@ExceptionHandler(ConflictException.class)
	public ResponseEntity<Map<String, Object>> conflict(ConflictException e) {
		return ApiErrors.response(HttpStatus.CONFLICT, "boundaries.error.conflict", e.getMessage());
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	public ResponseEntity<Map<String, Object>> unreadableBody(HttpMessageNotReadableException e) {
		Throwable cause = e.getCause();
		if (cause instanceof RequestBodyLimit.TooLargeException) {
			return ApiErrors.response(HttpStatus.PAYLOAD_TOO_LARGE, "boundaries.error.tooLarge");
		}
		if (cause instanceof InvalidFormatException || cause instanceof MismatchedInputException) {
			String field = fieldPath((JsonMappingException) cause);
			if (!field.isEmpty()) {
				return ApiErrors.fieldError(field, "boundaries.error.wrongType",
				    ApiErrors.message("boundaries.error.wrongType", field));
			}
		}
		return ApiErrors.response(HttpStatus.BAD_REQUEST, "boundaries.error.malformedJson");
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	public ResponseEntity<Map<String, Object>> wrongParameterType(MethodArgumentTypeMismatchException e) {
		return ApiErrors.fieldError(e.getName(), "boundaries.error.wrongType",
		    ApiErrors.message("boundaries.error.wrongType", e.getName()));
	}

	/** What Spring reports for a parameter value it has no way to convert, e.g. an unknown enum constant. */
	@ExceptionHandler(MethodArgumentConversionNotSupportedException.class)
	public ResponseEntity<Map<String, Object>> unconvertibleParameter(MethodArgumentConversionNotSupportedException e) {
		return ApiErrors.fieldError(e.getName(), "boundaries.error.wrongType",
		    ApiErrors.message("boundaries.error.wrongType", e.getName()));
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	public ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException e) {
		return ApiErrors.fieldError(e.getParameterName(), "boundaries.error.missingParameter",
		    ApiErrors.message("boundaries.error.missingParameter", e.getParameterName()));
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	public ResponseEntity<Map<String, Object>> wrongMethod(HttpRequestMethodNotSupportedException e) {
		return ApiErrors.response(HttpStatus.METHOD_NOT_ALLOWED, "boundaries.error.methodNotAllowed");
	}

	/** A client that accepts nothing the module answers in (JSON; see {@link JsonResponses}). */
	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	public ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException e) {
		return ApiErrors.response(HttpStatus.NOT_ACCEPTABLE, "boundaries.error.notAcceptable");
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	public ResponseEntity<Map<String, Object>> wrongMediaType(HttpMediaTypeNotSupportedException e) {
		return ApiErrors.response(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "boundaries.error.unsupportedMediaType");
	}

	/**
	 * Two requests changed the same rows at the same moment and this one lost (e.g. two publishes of one draft); the
	 * transaction was rolled back, so the client may reload and try again.
	 */
	@ExceptionHandler({ OptimisticLockException.class, StaleStateException.class, ConcurrencyFailureException.class })
	public ResponseEntity<Map<String, Object>> concurrentChange(Exception e) {
		log.info("Refused a change that lost a race with another request: {}", e.getMessage());
		return ApiErrors.response(HttpStatus.CONFLICT, "boundaries.error.conflict");
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	public ResponseEntity<Map<String, Object>> integrityViolation(DataIntegrityViolationException e) {
		log.warn("Refused a write that violates a database constraint", e);
		return ApiErrors.response(HttpStatus.CONFLICT, "boundaries.error.conflict");
	}

	@ExceptionHandler(Exception.class)
	public ResponseEntity<Map<String, Object>> unexpected(Exception e) {
		if (isDatabaseUnavailable(e)) {
			log.warn("The database could not be reached during a Professional Boundaries request", e);
			return ApiErrors.response(HttpStatus.SERVICE_UNAVAILABLE, "boundaries.error.unavailable");
		}
		log.error("Unexpected error in a Professional Boundaries request", e);
		return ApiErrors.response(HttpStatus.INTERNAL_SERVER_ERROR, "boundaries.error.internal");
	}

	/**
	 * True when the failure is the database going away (no connection to be had, or one lost mid-request): the
	 * transaction was rolled back, so the client may simply try again. Judged by the JDBC cause, whatever wraps it
	 * (Spring's transaction manager, Hibernate, or a module exception), as SQL state class 08 is "connection
	 * exception" on every database.
	 */
	static boolean isDatabaseUnavailable(Throwable e) {
		for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
			if (cause instanceof CannotCreateTransactionException || cause instanceof DataAccessResourceFailureException
			        || cause instanceof SQLTransientConnectionException
			        || cause instanceof SQLNonTransientConnectionException || cause instanceof SQLRecoverableException) {
				return true;
			}
			if (cause instanceof SQLException && ((SQLException) cause).getSQLState() != null
			        && ((SQLException) cause).getSQLState().startsWith("08")) {
				return true;
			}
			// a rollback fails when the connection is gone, and Spring then reports the rollback, not what started it
			if (cause instanceof TransactionSystemException && (String.valueOf(cause.getMessage()).startsWith(
			    "Could not roll back") || isDatabaseUnavailable(((TransactionSystemException) cause).getOriginalException()))) {
				return true;
			}
		}
		return false;
	}

	private static String fieldPath(JsonMappingException e) {
		StringBuilder path = new StringBuilder();
		for (JsonMappingException.Reference reference : e.getPath()) {
			if (reference.getFieldName() != null) {
				path.append(path.length() == 0 ? "" : ".").append(reference.getFieldName());
			} else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}
}
