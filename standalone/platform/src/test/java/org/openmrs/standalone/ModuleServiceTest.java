package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.standalonetest.Note;
import org.openmrs.module.standalonetest.NoteService;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;

public class ModuleServiceTest extends BaseModuleContextSensitiveTest {

	/** The module's privilege and roles, committed: 2.8.9 reads what a role grants in a transaction of its own. */
	@BeforeEach
	public void loadNotePrivileges() throws SQLException {
		executeDataSet("standalonetestDataset.xml");
		getConnection().commit();
	}

	private static NoteService notes() {
		return Context.getService(NoteService.class);
	}

	private Note newNote(String text) {
		Note note = new Note();
		note.setPatient(Context.getPatientService().getPatient(2));
		note.setText(text);
		return note;
	}

	@Test
	public void saveSetsAuditFieldsAndVoidSetsVoidFields() {
		Note note = notes().saveNote(newNote("Called on personal phone"));
		Context.flushSession();
		assertNotNull(note.getId());
		assertEquals(Context.getAuthenticatedUser(), note.getCreator());
		assertNotNull(note.getDateCreated());

		notes().voidNote(note, "entered in error");
		assertTrue(note.getVoided());
		assertEquals("entered in error", note.getVoidReason());
		assertEquals(Context.getAuthenticatedUser(), note.getVoidedBy());
		assertNotNull(note.getDateVoided());
	}

	@Test
	public void saveRunsTheModulesHandlerValidatorsAndTheColumnLengthCheck() {
		ValidationException blank = assertThrows(ValidationException.class, () -> notes().saveNote(newNote("  ")));
		assertEquals("standalonetest.error.text.blank", blank.getErrors().getFieldError("text").getCode());

		StringBuilder tooLong = new StringBuilder();
		for (int i = 0; i < 101; i++) {
			tooLong.append('x');
		}
		ValidationException longText = assertThrows(ValidationException.class,
		    () -> notes().saveNote(newNote(tooLong.toString())));
		assertEquals("error.exceededMaxLengthOfField", longText.getErrors().getFieldError("text").getCode());
	}

	@Test
	public void moduleServiceIsAuthorized() {
		Note note = notes().saveNote(newNote("hello"));
		Context.logout();
		assertThrows(APIAuthenticationException.class, () -> notes().getNoteByUuid(note.getUuid()));
		assertThrows(APIAuthenticationException.class, () -> notes().whoAmI());

		Context.authenticate(new UsernamePasswordCredentials("butch", "test"));
		assertThrows(APIAuthenticationException.class, () -> notes().getNoteByUuid(note.getUuid()));
		assertEquals("3-4", notes().whoAmI());

		Context.addProxyPrivilege(NoteService.PRIV_MANAGE_NOTES);
		assertEquals(note, notes().getNoteByUuid(note.getUuid()));
	}

	@Test
	public void roleInheritingTheModulePrivilegeGrantsIt() {
		org.openmrs.User butch = Context.getUserService().getUser(502);
		butch.addRole(Context.getUserService().getRole("Senior Note Taker"));
		Context.flushSession();
		Note note = newNote("from butch");
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("butch", "test"));
		assertEquals(butch, notes().saveNote(note).getCreator());
	}

	@Test
	public void moduleServiceRunsInItsOwnTransactionWhenCalledOutsideOne() throws Exception {
		ExecutorService executor = Executors.newSingleThreadExecutor();
		try {
			assertTrue(executor.submit(() -> notes().isTransactionActive()).get());
		}
		finally {
			executor.shutdown();
		}
	}

	@Test
	public void moduleMessagesAreFoundInTheUsersLocale() {
		assertEquals("Hello Ada", Context.getMessageSourceService().getMessage("standalonetest.hello", new Object[] { "Ada" },
		    Locale.ENGLISH));
		assertEquals("Bonjour Ada", Context.getMessageSourceService().getMessage("standalonetest.hello",
		    new Object[] { "Ada" }, Locale.FRENCH));
		assertEquals("Privileges required: X", Context.getMessageSourceService().getMessage("error.privilegesRequired",
		    new Object[] { "X" }, Locale.FRENCH));
		assertEquals("no.such.code", Context.getMessageSourceService().getMessage("no.such.code"));
	}
}
