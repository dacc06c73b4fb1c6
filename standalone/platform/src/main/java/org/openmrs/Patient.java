package org.openmrs;

/**
 * Stand-in for {@code org.openmrs.Patient}: a {@link Person} joined to the {@code patient} table
 * (identifiers are not part of the stand-in).
 */
public class Patient extends Person {

	private static final long serialVersionUID = 93123L;

	private Integer patientId;

	/** {@code org.openmrs.Allergies.UNKNOWN} */
	private String allergyStatus = "Unknown";

	public Patient() {
		setPatient(true);
	}

	public Patient(Person person) {
		super(person);
		if (person != null) {
			this.patientId = person.getPersonId();
			if (person.getUuid() != null) {
				this.setUuid(person.getUuid());
			}
		}
		setPatient(true);
	}

	public Patient(Integer patientId) {
		super(patientId);
		this.patientId = patientId;
		setPatient(true);
	}

	public Integer getPatientId() {
		if (this.patientId == null) {
			this.patientId = getPersonId();
		}
		return this.patientId;
	}

	public void setPatientId(Integer patientId) {
		super.setPersonId(patientId);
		this.patientId = patientId;
	}

	@Override
	public void setPersonId(Integer personId) {
		super.setPersonId(personId);
		this.patientId = personId;
	}

	public String getAllergyStatus() {
		return allergyStatus;
	}

	public void setAllergyStatus(String allergyStatus) {
		this.allergyStatus = allergyStatus;
	}

	@Override
	public String toString() {
		return "Patient#" + patientId;
	}

	@Override
	public Integer getId() {
		return getPatientId();
	}

	@Override
	public void setId(Integer id) {
		setPatientId(id);
	}

	/**
	 * @return this patient, as the person it represents
	 */
	public Person getPerson() {
		return this;
	}
}
