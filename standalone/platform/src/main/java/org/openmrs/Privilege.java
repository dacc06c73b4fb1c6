package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.Privilege}: identified by its name.
 */
public class Privilege extends BaseChangeableOpenmrsMetadata {

	private static final long serialVersionUID = 312L;

	private String privilege;

	public Privilege() {
	}

	public Privilege(String privilege) {
		this.privilege = privilege;
	}

	public Privilege(String privilege, String description) {
		this.privilege = privilege;
		setDescription(description);
	}

	public String getPrivilege() {
		return privilege;
	}

	public void setPrivilege(String privilege) {
		this.privilege = privilege;
	}

	@Override
	public String getName() {
		return getPrivilege();
	}

	@Override
	public String toString() {
		return privilege;
	}

	/** Privileges are identified by name: as in the real platform this throws. */
	@Override
	public Integer getId() {
		throw new UnsupportedOperationException();
	}

	/** Privileges are identified by name: as in the real platform this throws. */
	@Override
	public void setId(Integer id) {
		throw new UnsupportedOperationException();
	}
}
