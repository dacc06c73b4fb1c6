package org.openmrs.api.context;

import org.openmrs.api.db.ContextDAO;

/**
 * Stand-in for {@code org.openmrs.api.context.DaoAuthenticationScheme}: a scheme backed by the context DAO.
 */
public abstract class DaoAuthenticationScheme implements AuthenticationScheme {

	protected ContextDAO getContextDAO() {
		return Context.getContextDAO();
	}
}
