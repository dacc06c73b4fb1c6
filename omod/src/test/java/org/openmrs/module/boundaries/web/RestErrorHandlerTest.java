package org.openmrs.module.boundaries.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.openmrs.api.APIException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is unavailable" (answered 503) rather than a bug (500). */
public class RestErrorHandlerTest {

	@Test
	public void noConnectionForATransactionIsUnavailability() {
		assertTrue(RestErrorHandler.isDatabaseUnavailable(new CannotCreateTransactionException("no connection")));
	}

	@Test
	public void aConnectionLostMidRequestIsUnavailabilityWhateverWrapsIt() {
		assertTrue(RestErrorHandler.isDatabaseUnavailable(
		    new APIException("save failed", new RuntimeException(new SQLNonTransientConnectionException("reset")))));
		assertTrue(RestErrorHandler.isDatabaseUnavailable(new SQLException("Communications link failure", "08S01")));
	}

	@Test
	public void aConnectionLostBeforeAFailedRollbackIsUnavailability() {
		TransactionSystemException rollbackFailed = new TransactionSystemException("Could not roll back");
		rollbackFailed.initApplicationException(new SQLNonTransientConnectionException("reset"));

		assertTrue(RestErrorHandler.isDatabaseUnavailable(rollbackFailed));
		assertTrue(RestErrorHandler.isDatabaseUnavailable(
		    new TransactionSystemException("Could not roll back Hibernate transaction", new IllegalStateException())));
	}

	@Test
	public void otherSqlFailuresAreNot() {
		assertFalse(RestErrorHandler.isDatabaseUnavailable(new SQLException("syntax error", "42000")));
		assertFalse(RestErrorHandler.isDatabaseUnavailable(new IllegalStateException("bug")));
	}
}
