package org.openmrs.module.boundaries.standalone;

/**
 * The demo accounts every standalone start has. Tests, the README and demos rely on these names and
 * passwords: keep them stable.
 */
public enum DemoAccount {

	ADMIN("admin", "Admin123", Kind.ADMIN, null, null, null, "administrator (System Developer: all privileges)"),

	DOCTOR("doctor", "Doctor123", Kind.CLINICIAN, "Amelia", "Hart", "F", "clinician, provider DEMO-DOC-1"),

	DOCTOR2("doctor2", "Doctor123", Kind.CLINICIAN, "Rahul", "Mehta", "M", "clinician, provider DEMO-DOC-2"),

	PATIENT("patient", "Patient123", Kind.PATIENT, "Sam", "Carter", "M", "portal patient"),

	PATIENT2("patient2", "Patient123", Kind.PATIENT, "Jo", "Lindqvist", "F", "portal patient"),

	MANAGER("manager", "Manager123", Kind.MANAGER, "Morgan", "Blake", "F", "practice manager");

	public enum Kind {
		ADMIN, CLINICIAN, PATIENT, MANAGER
	}

	private final String username;

	private final String password;

	private final Kind kind;

	private final String givenName;

	private final String familyName;

	private final String gender;

	private final String description;

	DemoAccount(String username, String password, Kind kind, String givenName, String familyName, String gender,
	    String description) {
		this.username = username;
		this.password = password;
		this.kind = kind;
		this.givenName = givenName;
		this.familyName = familyName;
		this.gender = gender;
		this.description = description;
	}

	/** What to type in the username field (for the administrator: its system id). */
	public String getUsername() {
		return username;
	}

	public String getPassword() {
		return password;
	}

	public Kind getKind() {
		return kind;
	}

	/** Null for the administrator, whose person the platform created. */
	public String getGivenName() {
		return givenName;
	}

	public String getFamilyName() {
		return familyName;
	}

	public String getGender() {
		return gender;
	}

	public String getDescription() {
		return description;
	}

	public boolean isPatient() {
		return kind == Kind.PATIENT;
	}

	public boolean isProvider() {
		return kind == Kind.CLINICIAN;
	}
}
