package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openmrs.Person;
import org.openmrs.PersonName;
import org.openmrs.User;
import org.openmrs.api.ShortPasswordException;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.ContextAuthenticationException;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.test.jupiter.BaseContextSensitiveTest;
import org.openmrs.util.OpenmrsConstants;
import org.openmrs.util.PrivilegeConstants;
import org.openmrs.util.Security;

public class AuthenticationTest extends BaseContextSensitiveTest {

	private User newUser(String username, String password) {
		Person person = new Person();
		person.addName(new PersonName("Ada", null, "Lovelace"));
		person.setGender("F");
		User user = new User(person);
		user.setUsername(username);
		return Context.getUserService().createUser(user, password);
	}

	@Test
	public void adminSignsInByUsernameOrSystemId() {
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("admin", "test"));
		assertEquals("admin", Context.getAuthenticatedUser().getSystemId());
		assertTrue(Context.getAuthenticatedUser().isSuperUser());
		assertEquals("Super User (admin)", Context.getAuthenticatedUser().getDisplayString());
	}

	@Test
	public void wrongPasswordIsRefusedWithTheRealMessage() {
		Context.logout();
		ContextAuthenticationException e = assertThrows(ContextAuthenticationException.class,
		    () -> Context.authenticate(new UsernamePasswordCredentials("butch", "wrong")));
		assertEquals("Invalid username and/or password: butch", e.getMessage());
		assertFalse(Context.isAuthenticated());
		Context.addProxyPrivilege(PrivilegeConstants.GET_USERS);
		assertEquals("1", Context.getUserService().getUser(502).getUserProperty(OpenmrsConstants.USER_PROPERTY_LOGIN_ATTEMPTS));
	}

	@Test
	public void retiredUserCannotSignIn() {
		Context.logout();
		assertThrows(ContextAuthenticationException.class,
		    () -> Context.authenticate(new UsernamePasswordCredentials("bruno", "test")));
	}

	@Test
	public void userIsLockedOutAfterSevenFailuresEvenWithTheRightPassword() {
		newUser("lockme", "Secret123");
		Context.logout();
		for (int i = 0; i < 8; i++) {
			assertThrows(ContextAuthenticationException.class,
			    () -> Context.authenticate(new UsernamePasswordCredentials("lockme", "wrong")));
		}
		ContextAuthenticationException e = assertThrows(ContextAuthenticationException.class,
		    () -> Context.authenticate(new UsernamePasswordCredentials("lockme", "Secret123")));
		assertEquals("Invalid number of connection attempts. Please try again later.", e.getMessage());
	}

	@Test
	public void lockoutEndsAfterTheWaitingTime() {
		User user = newUser("waitme", "Secret123");
		user.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP,
		    String.valueOf(System.currentTimeMillis() - 6 * 60 * 1000));
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("waitme", "Secret123"));
		assertEquals("waitme", Context.getAuthenticatedUser().getUsername());
	}

	@Test
	public void passwordIsStoredSaltedAndHashedNeverInClear() throws Exception {
		User user = newUser("ada", "Secret123");
		Context.flushSession();
		Object[] row = (Object[]) ((org.hibernate.SessionFactory) applicationContext.getBean("sessionFactory"))
		        .getCurrentSession().createNativeQuery("select password, salt from users where user_id = :id")
		        .setParameter("id", user.getUserId()).uniqueResult();
		String hash = (String) row[0];
		String salt = (String) row[1];
		assertNotNull(salt);
		assertNotEquals("Secret123", hash);
		assertEquals(128, hash.length());
		assertEquals(Security.encodeString("Secret123" + salt), hash);

		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("ada", "Secret123"));
		assertEquals("Ada Lovelace", Context.getAuthenticatedUser().getPersonName().getFullName());
		assertTrue(Context.getAuthenticatedUser().getSystemId().matches("\\d+-\\d"));
	}

	@Test
	public void weakPasswordsAreRefusedAsOnTheRealPlatform() {
		assertThrows(ShortPasswordException.class, () -> newUser("weak", "Ab1"));
	}
}
