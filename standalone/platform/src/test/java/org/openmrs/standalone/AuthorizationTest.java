package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.openmrs.Privilege;
import org.openmrs.Role;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.ContextAuthenticationException;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.test.jupiter.BaseContextSensitiveTest;
import org.openmrs.util.PrivilegeConstants;
import org.openmrs.util.RoleConstants;

public class AuthorizationTest extends BaseContextSensitiveTest {

	@Test
	public void anonymousCallerNeedsThePrivilege() {
		Context.logout();
		APIAuthenticationException e = assertThrows(APIAuthenticationException.class,
		    () -> Context.getPatientService().getPatient(2));
		assertEquals("Privileges required: Get Patients", e.getMessage());
	}

	@Test
	public void authorizedWithoutPrivilegesNeedsASignedInUser() {
		Context.logout();
		APIAuthenticationException e = assertThrows(APIAuthenticationException.class,
		    () -> Context.getUserService().generateSystemId());
		assertEquals("Basic authentication required", e.getMessage());
	}

	@Test
	public void userWithoutThePrivilegeIsRefusedAndWithItAllowed() {
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("butch", "test"));
		assertThrows(APIAuthenticationException.class, () -> Context.getPatientService().getPatient(2));

		Context.addProxyPrivilege(PrivilegeConstants.GET_PATIENTS);
		assertEquals("Mr. Horatio Test Hornblower", Context.getPatientService().getPatient(2).getPersonName()
		        .getFullName());
		Context.removeProxyPrivilege(PrivilegeConstants.GET_PATIENTS);
		assertThrows(APIAuthenticationException.class, () -> Context.getPatientService().getPatient(2));
	}

	@Test
	public void privilegesComeFromCommittedRolesInheritedRolesAndTheAuthenticatedAndAnonymousRoles() throws SQLException {
		Context.addProxyPrivilege(PrivilegeConstants.MANAGE_PRIVILEGES, PrivilegeConstants.MANAGE_ROLES);
		Privilege getPeople = Context.getUserService().getPrivilege(PrivilegeConstants.GET_PERSONS);
		boolean newGetPeople = getPeople == null;
		if (newGetPeople) {
			getPeople = Context.getUserService().savePrivilege(new Privilege(PrivilegeConstants.GET_PERSONS, "x"));
		}
		Privilege getProviders = Context.getUserService().savePrivilege(new Privilege(PrivilegeConstants.GET_PROVIDERS, "x"));
		Role parent = new Role("Parent Role", "parent");
		parent.addPrivilege(getPeople);
		Context.getUserService().saveRole(parent);
		Role provider = Context.getUserService().getRole(RoleConstants.PROVIDER);
		provider.getInheritedRoles().add(parent);
		Context.getUserService().saveRole(provider);
		Role authenticated = Context.getUserService().getRole(RoleConstants.AUTHENTICATED);
		authenticated.addPrivilege(getProviders);
		Context.getUserService().saveRole(authenticated);
		Context.flushSession();

		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("butch", "test"));
		// 2.8.9 reads what a role grants in a transaction of its own: these changes are not committed yet
		assertFalse(Context.hasPrivilege(PrivilegeConstants.GET_PERSONS), "role changes count once committed");
		assertFalse(Context.hasPrivilege(PrivilegeConstants.GET_PROVIDERS), "role changes count once committed");

		getConnection().commit();
		// what was read before the commit is kept, as 2.8.9 keeps it, until the cache is emptied
		assertFalse(Context.hasPrivilege(PrivilegeConstants.GET_PERSONS));
		Context.clearEntireCache();
		try {
			assertTrue(Context.hasPrivilege(PrivilegeConstants.GET_PERSONS), "inherited through Provider -> Parent Role");
			assertTrue(Context.hasPrivilege("get people"), "privilege names compare ignoring case");
			assertTrue(Context.hasPrivilege(PrivilegeConstants.GET_PROVIDERS), "from the Authenticated role");
			assertFalse(Context.hasPrivilege(PrivilegeConstants.EDIT_USERS));
			assertNotNull(Context.getPersonService().getPerson(2));
			Context.logout();
			assertFalse(Context.hasPrivilege(PrivilegeConstants.GET_PROVIDERS));
		}
		finally {
			// leave the committed roles as the other tests expect them
			try (Statement statement = getConnection().createStatement()) {
				statement.executeUpdate("delete from role_role where parent_role = 'Parent Role'");
				statement.executeUpdate("delete from role_privilege where role = 'Parent Role'"
				        + " or privilege = '" + PrivilegeConstants.GET_PROVIDERS + "'");
				statement.executeUpdate("delete from role where role = 'Parent Role'");
				statement.executeUpdate("delete from privilege where privilege = '" + PrivilegeConstants.GET_PROVIDERS
				        + "'" + (newGetPeople ? " or privilege = '" + PrivilegeConstants.GET_PERSONS + "'" : ""));
			}
			getConnection().commit();
			Context.clearSession();
		}
	}

	@Test
	public void aRoleGrantsNothingUntilItIsCommitted() {
		Context.addProxyPrivilege(PrivilegeConstants.MANAGE_PRIVILEGES, PrivilegeConstants.MANAGE_ROLES);
		Privilege privilege = Context.getUserService().savePrivilege(new Privilege("Uncommitted Privilege", "x"));
		Role role = new Role("Uncommitted Role", "saved in the test's transaction only");
		role.addPrivilege(privilege);
		Context.getUserService().saveRole(role);
		org.openmrs.User butch = Context.getUserService().getUser(502);
		butch.addRole(role);
		Context.flushSession();

		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials("butch", "test"));
		assertTrue(Context.getAuthenticatedUser().hasRole("Uncommitted Role"), "the user's roles are the caller's own");
		assertFalse(Context.hasPrivilege("Uncommitted Privilege"), "what a role grants is read in its own transaction");
	}

	@Test
	public void superuserHasEveryPrivilege() {
		assertTrue(Context.hasPrivilege("Some Privilege Nobody Defined"));
	}

	@Test
	public void requirePrivilegeThrowsWithTheRealMessage() {
		Context.logout();
		ContextAuthenticationException e = assertThrows(ContextAuthenticationException.class,
		    () -> Context.requirePrivilege(PrivilegeConstants.EDIT_USERS));
		assertEquals("Privileges required: Edit Users", e.getMessage());
	}
}
