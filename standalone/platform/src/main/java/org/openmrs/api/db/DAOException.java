package org.openmrs.api.db;

/**
 * Stand-in for {@code org.openmrs.api.db.DAOException}: a data access failure.
 */
public class DAOException extends org.openmrs.api.APIException {

	private static final long serialVersionUID = 1L;

	public DAOException() {
		super();
	}

	public DAOException(String message) {
		super(message);
	}

	public DAOException(String message, Throwable cause) {
		super(message, cause);
	}

	public DAOException(Throwable cause) {
		super(cause);
	}
}
