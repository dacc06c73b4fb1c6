package org.openmrs;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.openmrs.util.RoleConstants;

/**
 * Stand-in for {@code org.openmrs.Role}: named role with privileges and inherited (parent) roles.
 */
public class Role extends BaseChangeableOpenmrsMetadata {

	private static final long serialVersionUID = 1234233L;

	private String role;

	private Set<Privilege> privileges;

	private Set<Role> inheritedRoles;

	private Set<Role> childRoles;

	public Role() {
	}

	public Role(String role) {
		this.role = role;
	}

	public Role(String role, String description) {
		this.role = role;
		setDescription(description);
	}

	public Set<Privilege> getPrivileges() {
		return privileges;
	}

	public void setPrivileges(Set<Privilege> privileges) {
		this.privileges = privileges;
	}

	@Override
	public String getName() {
		return getRole();
	}

	public void addPrivilege(Privilege privilege) {
		if (privileges == null) {
			privileges = new HashSet<>();
		}
		if (privilege != null && !containsPrivilege(privileges, privilege.getPrivilege())) {
			privileges.add(privilege);
		}
	}

	private boolean containsPrivilege(Collection<Privilege> privileges, String privilegeName) {
		for (Privilege privilege : privileges) {
			if (privilege.getPrivilege().equals(privilegeName)) {
				return true;
			}
		}
		return false;
	}

	public void removePrivilege(Privilege privilege) {
		if (privileges != null) {
			privileges.remove(privilege);
		}
	}

	public String getRole() {
		return role;
	}

	public void setRole(String role) {
		this.role = role;
	}

	@Override
	public String toString() {
		return role;
	}

	/**
	 * True for the superuser role, or when this role itself (not its parents) holds the privilege,
	 * compared ignoring case.
	 */
	public boolean hasPrivilege(String privilegeName) {
		if (RoleConstants.SUPERUSER.equals(this.role)) {
			return true;
		}
		if (privileges != null) {
			for (Privilege p : privileges) {
				if (p.getPrivilege().equalsIgnoreCase(privilegeName)) {
					return true;
				}
			}
		}
		return false;
	}

	public Set<Role> getInheritedRoles() {
		if (inheritedRoles == null) {
			inheritedRoles = new HashSet<>();
		}
		return inheritedRoles;
	}

	public void setInheritedRoles(Set<Role> inheritedRoles) {
		this.inheritedRoles = inheritedRoles;
	}

	public boolean inheritsRoles() {
		return getInheritedRoles() != null && !getInheritedRoles().isEmpty();
	}

	public Set<Role> getAllParentRoles() {
		Set<Role> parents = new HashSet<>();
		if (inheritsRoles()) {
			parents.addAll(this.recurseOverParents(parents));
		}
		return parents;
	}

	public Set<Role> recurseOverParents(final Set<Role> total) {
		if (!this.inheritsRoles()) {
			return total;
		}
		Set<Role> allRoles = new HashSet<>(total);
		Set<Role> myRoles = new HashSet<>(this.getInheritedRoles());
		myRoles.removeAll(total);
		myRoles.remove(this);
		allRoles.addAll(myRoles);
		for (Role r : myRoles) {
			if (r.inheritsRoles()) {
				allRoles.addAll(r.recurseOverParents(allRoles));
			}
		}
		return allRoles;
	}

	public Set<Role> getChildRoles() {
		if (childRoles == null) {
			childRoles = new HashSet<>();
		}
		return childRoles;
	}

	public void setChildRoles(Set<Role> childRoles) {
		this.childRoles = childRoles;
	}

	public boolean hasChildRoles() {
		return getChildRoles() != null && !getChildRoles().isEmpty();
	}

	/** Roles are identified by name: as in the real platform this throws. */
	@Override
	public Integer getId() {
		throw new UnsupportedOperationException();
	}

	/** Roles are identified by name: as in the real platform this throws. */
	@Override
	public void setId(Integer id) {
		throw new UnsupportedOperationException();
	}
}
