package org.openmrs;

import java.io.Serializable;
import java.util.UUID;

import javax.persistence.Column;
import javax.persistence.MappedSuperclass;

import org.hibernate.Hibernate;

/**
 * Stand-in for {@code org.openmrs.BaseOpenmrsObject}: a uuid assigned at construction; equality by uuid
 * (proxy-aware, classes must be assignable either way).
 */
@MappedSuperclass
public abstract class BaseOpenmrsObject implements Serializable, OpenmrsObject {

	private static final long serialVersionUID = 1L;

	@Column(name = "uuid", unique = true, nullable = false, length = 38, updatable = false)
	private String uuid = UUID.randomUUID().toString();

	@Override
	public String getUuid() {
		return uuid;
	}

	@Override
	public void setUuid(String uuid) {
		this.uuid = uuid;
	}

	@Override
	public int hashCode() {
		if (getUuid() == null) {
			return super.hashCode();
		}
		return getUuid().hashCode();
	}

	@Override
	public boolean equals(Object obj) {
		if (this == obj) {
			return true;
		}
		if (!(obj instanceof BaseOpenmrsObject)) {
			return false;
		}
		BaseOpenmrsObject other = (BaseOpenmrsObject) obj;
		// getUuid(), not the field: a Hibernate proxy only answers through its methods
		if (getUuid() == null) {
			return false;
		}
		Class<?> thisClass = Hibernate.getClass(this);
		Class<?> objClass = Hibernate.getClass(obj);
		if (!(thisClass.isAssignableFrom(objClass) || objClass.isAssignableFrom(thisClass))) {
			return false;
		}
		return getUuid().equals(other.getUuid());
	}

	@Override
	public String toString() {
		return getClass().getSimpleName() + "[hashCode=" + Integer.toHexString(hashCode()) + ",uuid=" + getUuid() + "]";
	}
}
