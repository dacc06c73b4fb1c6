package org.openmrs.api.cache;

import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.openmrs.Privilege;
import org.openmrs.Role;
import org.openmrs.util.RoleConstants;

/**
 * Stand-in for {@code org.openmrs.api.cache.RolePrivileges} (2.8.9): what a role grants, its own privileges and
 * those of the roles it inherits from, or everything when the superuser role is among them. Names compare ignoring
 * case.
 */
public final class RolePrivileges {

	private final Set<String> privileges;

	private final boolean grantsSuperuser;

	public RolePrivileges(Set<String> privileges, boolean grantsSuperuser) {
		Set<String> normalized = new HashSet<>();
		for (String privilege : privileges) {
			normalized.add(normalize(privilege));
		}
		this.privileges = Collections.unmodifiableSet(normalized);
		this.grantsSuperuser = grantsSuperuser;
	}

	public static String normalize(String privilege) {
		return privilege.toLowerCase(Locale.ROOT);
	}

	/** Walks the role and the roles it inherits from, as the instance given has them. */
	public static RolePrivileges of(Role role) {
		Set<String> privileges = new HashSet<>();
		boolean superuser = collect(role, privileges, new HashSet<>());
		return new RolePrivileges(privileges, superuser);
	}

	private static boolean collect(Role role, Set<String> privileges, Set<String> visited) {
		if (role == null || role.getRole() == null || !visited.add(normalize(role.getRole()))) {
			return false;
		}
		boolean superuser = RoleConstants.SUPERUSER.equalsIgnoreCase(role.getRole());
		if (role.getPrivileges() != null) {
			for (Privilege privilege : role.getPrivileges()) {
				if (privilege != null && privilege.getPrivilege() != null) {
					privileges.add(privilege.getPrivilege());
				}
			}
		}
		for (Role inherited : role.getInheritedRoles()) {
			superuser |= collect(inherited, privileges, visited);
		}
		return superuser;
	}

	public boolean grantsSuperuser() {
		return grantsSuperuser;
	}

	public boolean containsPrivilege(String privilege) {
		return privilege != null && privileges.contains(normalize(privilege));
	}
}
