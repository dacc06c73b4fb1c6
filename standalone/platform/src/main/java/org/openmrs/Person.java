package org.openmrs;

import java.util.Calendar;
import java.util.Date;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.openmrs.util.OpenmrsUtil;

/**
 * Stand-in for {@code org.openmrs.Person} (names, addresses, attributes, gender, birth and death). The
 * person's own audit columns are the {@code person*} properties, as in the real mapping.
 */
public class Person extends BaseChangeableOpenmrsData {

	private static final long serialVersionUID = 2L;

	protected Integer personId;

	private Set<PersonAddress> addresses = null;

	private Set<PersonName> names = null;

	private Set<PersonAttribute> attributes = null;

	private String gender;

	private Date birthdate;

	private Date birthtime;

	private Boolean birthdateEstimated = false;

	private Boolean deathdateEstimated = false;

	private Boolean dead = false;

	private Date deathDate;

	private String causeOfDeathNonCoded;

	private User personCreator;

	private Date personDateCreated;

	private User personChangedBy;

	private Date personDateChanged;

	private Boolean personVoided = false;

	private User personVoidedBy;

	private Date personDateVoided;

	private String personVoidReason;

	private boolean isPatient;

	public Person() {
	}

	public Person(Person person) {
		if (person == null) {
			return;
		}
		personId = person.getPersonId();
		setUuid(person.getUuid());
		addresses = person.getAddresses();
		names = person.getNames();
		attributes = person.getAttributes();
		gender = person.getGender();
		birthdate = person.getBirthdate();
		birthtime = person.getBirthtime();
		birthdateEstimated = person.getBirthdateEstimated();
		deathdateEstimated = person.getDeathdateEstimated();
		dead = person.getDead();
		deathDate = person.getDeathDate();
		causeOfDeathNonCoded = person.getCauseOfDeathNonCoded();
		setPersonCreator(person.getPersonCreator());
		setPersonDateCreated(person.getPersonDateCreated());
		setPersonChangedBy(person.getPersonChangedBy());
		setPersonDateChanged(person.getPersonDateChanged());
		setPersonVoided(person.getPersonVoided());
		setPersonVoidedBy(person.getPersonVoidedBy());
		setPersonDateVoided(person.getPersonDateVoided());
		setPersonVoidReason(person.getPersonVoidReason());
		setPatient(person.getIsPatient());
	}

	public Person(Integer personId) {
		this.personId = personId;
	}

	public Integer getPersonId() {
		return personId;
	}

	public void setPersonId(Integer personId) {
		this.personId = personId;
	}

	public String getGender() {
		return gender;
	}

	public void setGender(String gender) {
		this.gender = gender;
	}

	public Date getBirthdate() {
		return birthdate;
	}

	public void setBirthdate(Date birthdate) {
		this.birthdate = birthdate;
	}

	/** @deprecated as in the real platform, use {@link #getBirthdateEstimated()} */
	@Deprecated
	@JsonIgnore
	public Boolean isBirthdateEstimated() {
		return getBirthdateEstimated();
	}

	public Boolean getBirthdateEstimated() {
		return birthdateEstimated;
	}

	public void setBirthdateEstimated(Boolean birthdateEstimated) {
		this.birthdateEstimated = birthdateEstimated;
	}

	public Boolean getDeathdateEstimated() {
		return deathdateEstimated;
	}

	public void setDeathdateEstimated(Boolean deathdateEstimated) {
		this.deathdateEstimated = deathdateEstimated;
	}

	public Date getBirthtime() {
		return birthtime;
	}

	public void setBirthtime(Date birthtime) {
		this.birthtime = birthtime;
	}

	/** @deprecated as in the real platform, use {@link #getDead()} */
	@Deprecated
	@JsonIgnore
	public Boolean isDead() {
		return getDead();
	}

	public Boolean getDead() {
		return dead;
	}

	public void setDead(Boolean dead) {
		this.dead = dead;
	}

	public Date getDeathDate() {
		return deathDate;
	}

	public void setDeathDate(Date deathDate) {
		this.deathDate = deathDate;
		if (deathDate != null) {
			setDead(true);
		}
	}

	public String getCauseOfDeathNonCoded() {
		return causeOfDeathNonCoded;
	}

	public void setCauseOfDeathNonCoded(String causeOfDeathNonCoded) {
		this.causeOfDeathNonCoded = causeOfDeathNonCoded;
	}

	public Set<PersonAddress> getAddresses() {
		if (addresses == null) {
			addresses = new TreeSet<>();
		}
		return addresses;
	}

	public void setAddresses(Set<PersonAddress> addresses) {
		this.addresses = addresses;
	}

	public Set<PersonAttribute> getAttributes() {
		if (attributes == null) {
			attributes = new TreeSet<>();
		}
		return attributes;
	}

	public void setAttributes(Set<PersonAttribute> attributes) {
		this.attributes = attributes;
	}

	public Set<PersonName> getNames() {
		if (names == null) {
			names = new TreeSet<>();
		}
		return names;
	}

	public void setNames(Set<PersonName> names) {
		this.names = names;
	}

	public void addName(PersonName name) {
		if (name != null) {
			name.setPerson(this);
			if (names == null) {
				names = new TreeSet<>();
			}
			if (!OpenmrsUtil.collectionContains(names, name)) {
				names.add(name);
			}
		}
	}

	public void removeName(PersonName name) {
		if (names != null) {
			names.remove(name);
		}
	}

	/**
	 * The preferred unvoided name, else the first unvoided one, else (for a voided person) any name.
	 */
	public PersonName getPersonName() {
		if (getNames() != null && !getNames().isEmpty()) {
			for (PersonName name : getNames()) {
				if (name.getPreferred() && !name.getVoided()) {
					return name;
				}
			}
			for (PersonName name : getNames()) {
				if (!name.getVoided()) {
					return name;
				}
			}
			if (getVoided()) {
				return getNames().iterator().next();
			}
		}
		return null;
	}

	public String getGivenName() {
		PersonName personName = getPersonName();
		return personName == null ? "" : personName.getGivenName();
	}

	public String getMiddleName() {
		PersonName personName = getPersonName();
		return personName == null ? "" : personName.getMiddleName();
	}

	public String getFamilyName() {
		PersonName personName = getPersonName();
		return personName == null ? "" : personName.getFamilyName();
	}

	public Integer getAge() {
		return getAge(null);
	}

	public Integer getAge(Date onDate) {
		if (birthdate == null) {
			return null;
		}
		Calendar today = Calendar.getInstance();
		if (onDate != null) {
			today.setTime(onDate);
		}
		if (getDeathDate() != null && today.getTime().after(getDeathDate())) {
			today.setTime(getDeathDate());
		}
		Calendar bday = Calendar.getInstance();
		bday.setTime(birthdate);
		int age = today.get(Calendar.YEAR) - bday.get(Calendar.YEAR);
		int todaysMonth = today.get(Calendar.MONTH);
		int bdayMonth = bday.get(Calendar.MONTH);
		if (todaysMonth < bdayMonth
		        || (todaysMonth == bdayMonth && today.get(Calendar.DAY_OF_MONTH) < bday.get(Calendar.DAY_OF_MONTH))) {
			age--;
		}
		return age;
	}

	public User getPersonChangedBy() {
		return personChangedBy;
	}

	public void setPersonChangedBy(User changedBy) {
		this.personChangedBy = changedBy;
		this.setChangedBy(changedBy);
	}

	public Date getPersonDateChanged() {
		return personDateChanged;
	}

	public void setPersonDateChanged(Date dateChanged) {
		this.personDateChanged = dateChanged;
		this.setDateChanged(dateChanged);
	}

	public User getPersonCreator() {
		return personCreator;
	}

	public void setPersonCreator(User creator) {
		this.personCreator = creator;
		this.setCreator(creator);
	}

	public Date getPersonDateCreated() {
		return personDateCreated;
	}

	public void setPersonDateCreated(Date dateCreated) {
		this.personDateCreated = dateCreated;
		this.setDateCreated(dateCreated);
	}

	public Date getPersonDateVoided() {
		return personDateVoided;
	}

	public void setPersonDateVoided(Date dateVoided) {
		this.personDateVoided = dateVoided;
		this.setDateVoided(dateVoided);
	}

	public void setPersonVoided(Boolean voided) {
		this.personVoided = voided;
		this.setVoided(voided);
	}

	public Boolean getPersonVoided() {
		return personVoided;
	}

	/** @deprecated as in the real platform, use {@link #getPersonVoided()} */
	@Deprecated
	@JsonIgnore
	public Boolean isPersonVoided() {
		return getPersonVoided();
	}

	public User getPersonVoidedBy() {
		return personVoidedBy;
	}

	public void setPersonVoidedBy(User voidedBy) {
		this.personVoidedBy = voidedBy;
		this.setVoidedBy(voidedBy);
	}

	public String getPersonVoidReason() {
		return personVoidReason;
	}

	public void setPersonVoidReason(String voidReason) {
		this.personVoidReason = voidReason;
		this.setVoidReason(voidReason);
	}

	/** @deprecated as in the real platform, use {@link #getIsPatient()} */
	@Deprecated
	@JsonIgnore
	public boolean isPatient() {
		return getIsPatient();
	}

	public boolean getIsPatient() {
		return isPatient;
	}

	protected void setPatient(boolean isPatient) {
		this.isPatient = isPatient;
	}

	@Override
	public String toString() {
		return "Person(personId=" + personId + ")";
	}

	@Override
	public Integer getId() {
		return getPersonId();
	}

	@Override
	public void setId(Integer id) {
		setPersonId(id);
	}
}
