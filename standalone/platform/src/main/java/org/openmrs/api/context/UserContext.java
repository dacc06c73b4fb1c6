package org.openmrs.api.context;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Role;
import org.openmrs.User;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.cache.RolePrivilegeCache;
import org.openmrs.api.cache.RolePrivileges;
import org.openmrs.util.LocaleUtility;
import org.openmrs.util.OpenmrsConstants;
import org.openmrs.util.RoleConstants;

/**
 * Stand-in for {@code org.openmrs.api.context.UserContext}: who is signed in on this thread, their proxy
 * privileges and locale. Privileges resolve as in 2.8.9: proxy privileges first; then, when signed in, the user's
 * roles (with inherited roles; the "System Developer" role grants everything) and the "Authenticated" role;
 * always the "Anonymous" role. Privilege names compare ignoring case.
 * <p>
 * What each role grants comes from the {@link RolePrivilegeCache}, as in 2.8.9: read by name on a daemon thread, in
 * its own session and transaction, so only committed roles, privileges and grants count, and a role that is not
 * committed grants nothing (a role saved, or loaded from a test data set, in the caller's still open transaction
 * included). The user's own roles are the ones the caller loaded.
 */
public class UserContext implements Serializable {

	private static final long serialVersionUID = -806631231941890648L;

	private User user = null;

	private final List<String> proxies = Collections.synchronizedList(new ArrayList<>());

	private Locale locale = null;

	private Integer locationId;

	private final AuthenticationScheme authenticationScheme;

	/** Cache of the role given to all users who signed in. */
	private Role authenticatedRole = null;

	/** Cache of the role given to everyone. */
	private Role anonymousRole = null;

	public UserContext(AuthenticationScheme authenticationScheme) {
		this.authenticationScheme = authenticationScheme;
	}

	public Authenticated authenticate(Credentials credentials) throws ContextAuthenticationException {
		Authenticated authenticated = authenticationScheme.authenticate(credentials);
		this.user = authenticated.getUser();
		setUserLocale(true);
		return authenticated;
	}

	public void refreshAuthenticatedUser() {
		if (user != null) {
			user = Context.getUserService().getUser(user.getUserId());
			setUserLocale(false);
		}
	}

	public User becomeUser(String systemId) throws ContextAuthenticationException {
		if (!Context.getAuthenticatedUser().isSuperUser()) {
			throw new APIAuthenticationException("You must be a superuser to assume another user's identity");
		}
		User userToBecome = Context.getUserService().getUserByUsername(systemId);
		if (userToBecome == null) {
			throw new ContextAuthenticationException("User not found with systemId: " + systemId);
		}
		userToBecome.getAllRoles().size();
		userToBecome.getUserProperties().size();
		this.user = userToBecome;
		setUserLocale(false);
		return userToBecome;
	}

	public User getAuthenticatedUser() {
		return user;
	}

	public boolean isAuthenticated() {
		return user != null;
	}

	public void logout() {
		user = null;
		locationId = null;
		locale = null;
		proxies.clear();
	}

	public void addProxyPrivilege(String privilege) {
		addProxyPrivilege(new String[] { privilege });
	}

	public void removeProxyPrivilege(String privilege) {
		removeProxyPrivilege(new String[] { privilege });
	}

	public void addProxyPrivilege(String... privileges) {
		if (privileges == null || Arrays.stream(privileges).anyMatch(Objects::isNull)) {
			throw new IllegalArgumentException("UserContext.addProxyPrivilege does not accept null privileges");
		}
		proxies.addAll(Arrays.asList(privileges));
	}

	public void removeProxyPrivilege(String... privileges) {
		if (privileges == null) {
			return;
		}
		for (String privilege : privileges) {
			if (privilege != null) {
				proxies.remove(privilege);
			}
		}
	}

	public void setLocale(Locale locale) {
		this.locale = locale;
	}

	public Locale getLocale() {
		if (locale == null) {
			return LocaleUtility.getDefaultLocale();
		}
		return locale;
	}

	public Set<Role> getAllRoles() throws Exception {
		return getAllRoles(getAuthenticatedUser());
	}

	public Set<Role> getAllRoles(User user) throws Exception {
		Set<Role> roles = new HashSet<>();
		roles.add(getAnonymousRole());
		if (getAuthenticatedUser() != null && getAuthenticatedUser().equals(user)) {
			roles.addAll(user.getAllRoles());
			roles.add(getAuthenticatedRole());
		}
		return roles;
	}

	public boolean hasPrivilege(String privilege) {
		return hasPrivilege(privilege, true);
	}

	public boolean hasPrivilege(String privilege, boolean includeProxyPrivileges) {
		if (includeProxyPrivileges) {
			for (String s : new ArrayList<>(proxies)) {
				if (s.equals(privilege)) {
					return true;
				}
			}
		}
		return resolvePrivilege(privilege);
	}

	private boolean resolvePrivilege(String privilege) {
		if (isAuthenticated()) {
			if (StringUtils.isEmpty(privilege)) {
				return true;
			}
			User authenticatedUser = getAuthenticatedUser();
			if (authenticatedUser.getRoles() != null) {
				for (Role role : authenticatedUser.getRoles()) {
					if (roleGrants(role, privilege)) {
						return true;
					}
				}
			}
			if (roleGrants(getAuthenticatedRole(), privilege)) {
				return true;
			}
		}
		return roleGrants(getAnonymousRole(), privilege);
	}

	private static boolean roleGrants(Role role, String privilege) {
		RolePrivileges rolePrivileges = RolePrivilegeCache.getRolePrivileges(role);
		return rolePrivileges.grantsSuperuser() || rolePrivileges.containsPrivilege(privilege);
	}

	/** Looked up once per user context, as core caches it (its privileges are loaded with it). */
	private Role getAnonymousRole() {
		if (anonymousRole != null) {
			return anonymousRole;
		}
		anonymousRole = Context.getUserService().getRole(RoleConstants.ANONYMOUS);
		if (anonymousRole == null) {
			throw new RuntimeException("Database out of sync with code: " + RoleConstants.ANONYMOUS + " role does not exist");
		}
		return anonymousRole;
	}

	/** Looked up once per user context, as core caches it. */
	private Role getAuthenticatedRole() {
		if (authenticatedRole != null) {
			return authenticatedRole;
		}
		authenticatedRole = Context.getUserService().getRole(RoleConstants.AUTHENTICATED);
		if (authenticatedRole == null) {
			throw new RuntimeException("Database out of sync with code: " + RoleConstants.AUTHENTICATED
			        + " role does not exist");
		}
		return authenticatedRole;
	}

	public Integer getLocationId() {
		return locationId;
	}

	public void setLocationId(Integer locationId) {
		this.locationId = locationId;
	}

	private void setUserLocale(boolean useDefault) {
		if (this.user == null) {
			this.locale = null;
			return;
		}
		if (user.getUserProperties().containsKey(OpenmrsConstants.USER_PROPERTY_DEFAULT_LOCALE)) {
			locale = LocaleUtility.fromSpecification(user.getUserProperty(OpenmrsConstants.USER_PROPERTY_DEFAULT_LOCALE));
		}
		if (locale == null && useDefault) {
			locale = LocaleUtility.getDefaultLocale();
		}
	}
}
