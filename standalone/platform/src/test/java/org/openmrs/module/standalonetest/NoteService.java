package org.openmrs.module.standalonetest;

import org.openmrs.annotation.Authorized;
import org.openmrs.api.OpenmrsService;

/**
 * A module-style service.
 */
public interface NoteService extends OpenmrsService {

	String PRIV_MANAGE_NOTES = "Standalonetest: Manage Notes";

	@Authorized(PRIV_MANAGE_NOTES)
	Note saveNote(Note note);

	@Authorized(PRIV_MANAGE_NOTES)
	Note voidNote(Note note, String reason);

	@Authorized(PRIV_MANAGE_NOTES)
	Note getNoteByUuid(String uuid);

	@Authorized
	String whoAmI();

	/**
	 * Deliberately without {@code @Authorized}, to look at the transaction from any thread.
	 */
	boolean isTransactionActive();
}
