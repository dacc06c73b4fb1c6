package org.openmrs;

import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import javax.persistence.Cacheable;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.JoinTable;
import javax.persistence.ManyToMany;
import javax.persistence.ManyToOne;
import javax.persistence.MapKeyColumn;
import javax.persistence.Table;

import org.apache.commons.lang3.StringUtils;
import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;
import org.hibernate.annotations.Cascade;
import org.hibernate.annotations.CascadeType;
import org.hibernate.annotations.GenericGenerator;
import org.hibernate.annotations.LazyCollection;
import org.hibernate.annotations.LazyCollectionOption;
import org.hibernate.annotations.Parameter;
import org.hibernate.annotations.Type;
import org.openmrs.util.RoleConstants;

/**
 * Stand-in for {@code org.openmrs.User}: a login account for a {@link Person}, with roles and user
 * properties. The password and salt columns of {@code users} are deliberately not mapped.
 */
@Entity
@Table(name = "users")
@Cacheable
@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
public class User extends BaseOpenmrsObject implements java.io.Serializable, Auditable, Retireable {

	public static final long serialVersionUID = 2L;

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "users_user_id_seq")
	@GenericGenerator(name = "users_user_id_seq", strategy = "native", parameters = @Parameter(name = "sequence", value = "users_user_id_seq"))
	@Column(name = "user_id")
	private Integer userId;

	@ManyToOne
	@JoinColumn(name = "person_id", nullable = false)
	@LazyCollection(LazyCollectionOption.FALSE)
	@Cascade(CascadeType.SAVE_UPDATE)
	private Person person;

	@Column(name = "system_id", nullable = false, length = 50)
	private String systemId;

	@Column(name = "username", length = 50)
	private String username;

	@Column(name = "email", length = 255, unique = true)
	private String email;

	@ManyToMany
	@JoinTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"), inverseJoinColumns = @JoinColumn(name = "role"))
	@LazyCollection(LazyCollectionOption.FALSE)
	@Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
	@Cascade({ CascadeType.SAVE_UPDATE, CascadeType.MERGE, CascadeType.EVICT })
	private Set<Role> roles;

	@ElementCollection
	@CollectionTable(name = "user_property", joinColumns = @JoinColumn(name = "user_id", nullable = false))
	@MapKeyColumn(name = "property", length = 255)
	@Column(name = "property_value", length = Integer.MAX_VALUE)
	@Type(type = "text") // not in the real mapping: lets Hibernate create the column on PostgreSQL too
	@Cascade({ CascadeType.SAVE_UPDATE, CascadeType.MERGE, CascadeType.EVICT })
	private Map<String, String> userProperties;

	@ManyToOne
	@JoinColumn(name = "creator", nullable = false)
	private User creator;

	@Column(name = "date_created", nullable = false, length = 19)
	private Date dateCreated;

	@ManyToOne
	@JoinColumn(name = "changed_by")
	private User changedBy;

	@Column(name = "date_changed", length = 19)
	private Date dateChanged;

	@Column(name = "retired", nullable = false, length = 1)
	private boolean retired;

	@ManyToOne
	@JoinColumn(name = "retired_by")
	private User retiredBy;

	@Column(name = "date_retired", length = 19)
	private Date dateRetired;

	@Column(name = "retire_reason", length = 255)
	private String retireReason;

	public User() {
	}

	public User(Integer userId) {
		this.userId = userId;
	}

	public User(Person person) {
		this.person = person;
	}

	/**
	 * True when the user holds (directly or by inheritance) the "System Developer" role.
	 */
	public boolean isSuperUser() {
		return containsRole(RoleConstants.SUPERUSER);
	}

	/**
	 * True for an empty privilege, for a superuser, or when one of the user's roles (with their parents) holds
	 * the privilege.
	 */
	public boolean hasPrivilege(String privilege) {
		if (StringUtils.isEmpty(privilege)) {
			return true;
		}
		if (isSuperUser()) {
			return true;
		}
		for (Role role : getAllRoles()) {
			if (role.hasPrivilege(privilege)) {
				return true;
			}
		}
		return false;
	}

	public boolean hasRole(String r) {
		return hasRole(r, false);
	}

	public boolean hasRole(String r, boolean ignoreSuperUser) {
		if (!ignoreSuperUser && isSuperUser()) {
			return true;
		}
		if (roles == null) {
			return false;
		}
		return containsRole(r);
	}

	public boolean containsRole(String roleName) {
		for (Role role : getAllRoles()) {
			if (role.getRole().equalsIgnoreCase(roleName)) {
				return true;
			}
		}
		return false;
	}

	public Collection<Privilege> getPrivileges() {
		Set<Privilege> privileges = new HashSet<>();
		for (Role role : getAllRoles()) {
			Collection<Privilege> privs = role.getPrivileges();
			if (privs != null) {
				privileges.addAll(privs);
			}
		}
		return privileges;
	}

	/**
	 * The user's roles plus every role they inherit from.
	 */
	public Set<Role> getAllRoles() {
		Set<Role> baseRoles = new HashSet<>();
		Set<Role> totalRoles = new HashSet<>();
		if (getRoles() != null) {
			baseRoles.addAll(getRoles());
			totalRoles.addAll(getRoles());
		}
		for (Role r : baseRoles) {
			totalRoles.addAll(r.getAllParentRoles());
		}
		return totalRoles;
	}

	public Set<Role> getRoles() {
		return roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = roles;
	}

	public User addRole(Role role) {
		if (roles == null) {
			roles = new HashSet<>();
		}
		if (!roles.contains(role) && role != null) {
			roles.add(role);
		}
		return this;
	}

	public User removeRole(Role role) {
		if (roles != null) {
			roles.remove(role);
		}
		return this;
	}

	/**
	 * Full name of the person, then the username in parentheses, as the real platform shows a user.
	 */
	public String getDisplayString() {
		String returnString = "";
		if (getPersonName() != null) {
			returnString += getPersonName().getFullName() + " ";
		}
		returnString += "(" + getUsername() + ")";
		return returnString;
	}

	public String getSystemId() {
		return systemId;
	}

	public void setSystemId(String systemId) {
		this.systemId = systemId;
	}

	public Integer getUserId() {
		return userId;
	}

	public void setUserId(Integer userId) {
		this.userId = userId;
	}

	public Person getPerson() {
		return person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public String getUsername() {
		return username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	@Override
	public String toString() {
		return StringUtils.isNotBlank(username) ? username : systemId;
	}

	public Map<String, String> getUserProperties() {
		if (userProperties == null) {
			userProperties = new HashMap<>();
		}
		return userProperties;
	}

	public void setUserProperties(Map<String, String> userProperties) {
		this.userProperties = userProperties;
	}

	public void setUserProperty(String prop, String value) {
		getUserProperties().put(prop, value);
	}

	public void removeUserProperty(String prop) {
		getUserProperties().remove(prop);
	}

	/**
	 * @return the property's value, or "" when the user has no such property
	 */
	public String getUserProperty(String prop) {
		if (getUserProperties().containsKey(prop)) {
			return userProperties.get(prop);
		}
		return "";
	}

	public String getUserProperty(String prop, String defaultValue) {
		if (getUserProperties().containsKey(prop)) {
			return userProperties.get(prop);
		}
		return defaultValue;
	}

	public void addName(PersonName name) {
		if (person == null) {
			person = new Person();
		}
		person.addName(name);
	}

	public PersonName getPersonName() {
		return getPerson() == null ? null : getPerson().getPersonName();
	}

	public String getGivenName() {
		return getPerson() == null ? null : getPerson().getGivenName();
	}

	public String getFamilyName() {
		return getPerson() == null ? null : getPerson().getFamilyName();
	}

	public Set<PersonName> getNames() {
		return person.getNames();
	}

	@Override
	public Integer getId() {
		return getUserId();
	}

	@Override
	public void setId(Integer id) {
		setUserId(id);
	}

	@Override
	public User getCreator() {
		return creator;
	}

	@Override
	public void setCreator(User creator) {
		this.creator = creator;
	}

	@Override
	public Date getDateCreated() {
		return dateCreated;
	}

	@Override
	public void setDateCreated(Date dateCreated) {
		this.dateCreated = dateCreated;
	}

	@Override
	public User getChangedBy() {
		return changedBy;
	}

	@Override
	public void setChangedBy(User changedBy) {
		this.changedBy = changedBy;
	}

	@Override
	public Date getDateChanged() {
		return dateChanged;
	}

	@Override
	public void setDateChanged(Date dateChanged) {
		this.dateChanged = dateChanged;
	}

	/** @deprecated as in the real platform, use {@link #getRetired()} */
	@Override
	@Deprecated
	public Boolean isRetired() {
		return retired;
	}

	@Override
	public Boolean getRetired() {
		return retired;
	}

	@Override
	public void setRetired(Boolean retired) {
		this.retired = retired;
	}

	@Override
	public User getRetiredBy() {
		return retiredBy;
	}

	@Override
	public void setRetiredBy(User retiredBy) {
		this.retiredBy = retiredBy;
	}

	@Override
	public Date getDateRetired() {
		return dateRetired;
	}

	@Override
	public void setDateRetired(Date dateRetired) {
		this.dateRetired = dateRetired;
	}

	@Override
	public String getRetireReason() {
		return retireReason;
	}

	@Override
	public void setRetireReason(String retireReason) {
		this.retireReason = retireReason;
	}
}
