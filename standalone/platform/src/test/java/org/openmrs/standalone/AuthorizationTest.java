package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
	public void privilegesComeFromRolesInheritedRolesAndTheAuthenticatedAndAnonymousRoles() {
		Context.addProxyPrivilege(PrivilegeConstants.MANAGE_PRIVILEGES, PrivilegeConstants.MANAGE_ROLES);
		Privilege getPeople = Context.getUserService().getPrivilege(PrivilegeConstants.GET_PERSONS);
		if (getPeople == null) {
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
		assertFalse(Context.hasPrivilege(PrivilegeConstants.GET_PROVIDERS));
		Context.authenticate(new UsernamePasswordCredentials("butch", "test"));
		assertTrue(Context.hasPrivilege(PrivilegeConstants.GET_PERSONS), "inherited through Provider -> Parent Role");
		assertTrue(Context.hasPrivilege("get people"), "privilege names compare ignoring case");
		assertTrue(Context.hasPrivilege(PrivilegeConstants.GET_PROVIDERS), "from the Authenticated role");
		assertFalse(Context.hasPrivilege(PrivilegeConstants.EDIT_USERS));
		assertNotNull(Context.getPersonService().getPerson(2));
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
