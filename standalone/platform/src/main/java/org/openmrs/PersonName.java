package org.openmrs;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.api.APIException;
import org.openmrs.layout.name.NameSupport;
import org.openmrs.util.OpenmrsConstants;
import org.openmrs.util.OpenmrsUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stand-in for {@code org.openmrs.PersonName}, with the real short/long full-name formats (no name templates).
 */
public class PersonName extends BaseChangeableOpenmrsData implements Serializable, Cloneable, Comparable<PersonName> {

	private static final Logger log = LoggerFactory.getLogger(PersonName.class);

	private static final long serialVersionUID = 4353L;

	private static String format = OpenmrsConstants.PERSON_NAME_FORMAT_SHORT;

	private Integer personNameId;

	private Person person;

	private Boolean preferred = false;

	private String prefix;

	private String givenName;

	private String middleName;

	private String familyNamePrefix;

	private String familyName;

	private String familyName2;

	private String familyNameSuffix;

	private String degree;

	public PersonName() {
	}

	public PersonName(Integer personNameId) {
		this.personNameId = personNameId;
	}

	public PersonName(String givenName, String middleName, String familyName) {
		this.givenName = givenName;
		this.middleName = middleName;
		this.familyName = familyName;
	}

	public boolean equalsContent(PersonName otherName) {
		return StringUtils.defaultString(otherName.getPrefix()).equals(StringUtils.defaultString(prefix))
		        && StringUtils.defaultString(otherName.getGivenName()).equals(StringUtils.defaultString(givenName))
		        && StringUtils.defaultString(otherName.getMiddleName()).equals(StringUtils.defaultString(middleName))
		        && StringUtils.defaultString(otherName.getFamilyNamePrefix()).equals(
		            StringUtils.defaultString(familyNamePrefix))
		        && StringUtils.defaultString(otherName.getDegree()).equals(StringUtils.defaultString(degree))
		        && StringUtils.defaultString(otherName.getFamilyName()).equals(StringUtils.defaultString(familyName))
		        && StringUtils.defaultString(otherName.getFamilyName2()).equals(StringUtils.defaultString(familyName2))
		        && StringUtils.defaultString(otherName.getFamilyNameSuffix()).equals(
		            StringUtils.defaultString(familyNameSuffix));
	}

	public String getDegree() {
		return degree;
	}

	public void setDegree(String degree) {
		this.degree = degree;
	}

	public String getFamilyName() {
		return familyName;
	}

	public void setFamilyName(String familyName) {
		this.familyName = familyName;
	}

	public String getFamilyName2() {
		return familyName2;
	}

	public void setFamilyName2(String familyName2) {
		this.familyName2 = familyName2;
	}

	public String getFamilyNamePrefix() {
		return familyNamePrefix;
	}

	public void setFamilyNamePrefix(String familyNamePrefix) {
		this.familyNamePrefix = familyNamePrefix;
	}

	public String getFamilyNameSuffix() {
		return familyNameSuffix;
	}

	public void setFamilyNameSuffix(String familyNameSuffix) {
		this.familyNameSuffix = familyNameSuffix;
	}

	public String getGivenName() {
		return givenName;
	}

	public void setGivenName(String givenName) {
		this.givenName = givenName;
	}

	public String getMiddleName() {
		return middleName;
	}

	public void setMiddleName(String middleName) {
		this.middleName = middleName;
	}

	public Person getPerson() {
		return person;
	}

	public void setPerson(Person person) {
		this.person = person;
	}

	public Integer getPersonNameId() {
		return personNameId;
	}

	public void setPersonNameId(Integer personNameId) {
		this.personNameId = personNameId;
	}

	/** @deprecated as in the real platform, use {@link #getPreferred()} */
	@Deprecated
	@JsonIgnore
	public Boolean isPreferred() {
		return getPreferred();
	}

	public Boolean getPreferred() {
		if (preferred == null) {
			return Boolean.FALSE;
		}
		return preferred;
	}

	public void setPreferred(Boolean preferred) {
		this.preferred = preferred;
	}

	public String getPrefix() {
		return prefix;
	}

	public void setPrefix(String prefix) {
		this.prefix = prefix;
	}

	/**
	 * Prefix, given, middle and family name ("short" format, the default), or every part ("long" format),
	 * separated by single spaces.
	 */
	/**
	 * As core 2.8.9: the name layout first, whose absence (no name layout bean, see {@link NameSupport}) is logged as a
	 * warning at every call, then the parts joined with spaces.
	 */
	public String getFullName() {
		try {
			NameSupport.getInstance();
		}
		catch (APIException ex) {
			log.warn("No name layout format set");
		}
		List<String> parts = new ArrayList<>();
		addIfText(parts, getPrefix());
		addIfText(parts, getGivenName());
		addIfText(parts, getMiddleName());
		if (OpenmrsConstants.PERSON_NAME_FORMAT_LONG.equals(PersonName.getFormat())) {
			addIfText(parts, getFamilyNamePrefix());
			addIfText(parts, getFamilyName());
			addIfText(parts, getFamilyName2());
			addIfText(parts, getFamilyNameSuffix());
			addIfText(parts, getDegree());
		} else {
			addIfText(parts, getFamilyName());
		}
		return String.join(" ", parts).trim();
	}

	private static void addIfText(List<String> parts, String part) {
		if (StringUtils.isNotBlank(part)) {
			parts.add(part);
		}
	}

	@Override
	public String toString() {
		return getFullName();
	}

	@Override
	public Integer getId() {
		return getPersonNameId();
	}

	@Override
	public void setId(Integer id) {
		setPersonNameId(id);
	}

	@Override
	public int compareTo(PersonName other) {
		return new DefaultComparator().compare(this, other);
	}

	public static void setFormat(String format) {
		if (StringUtils.isEmpty(format)) {
			PersonName.format = OpenmrsConstants.PERSON_NAME_FORMAT_SHORT;
		} else {
			PersonName.format = format;
		}
	}

	public static String getFormat() {
		return PersonName.format;
	}

	/**
	 * Unvoided first, preferred first, then by the name parts, then by date created.
	 */
	public static class DefaultComparator implements Comparator<PersonName>, Serializable {

		private static final long serialVersionUID = 1L;

		@Override
		public int compare(PersonName pn1, PersonName pn2) {
			int ret = pn1.getVoided().compareTo(pn2.getVoided());
			if (ret == 0) {
				ret = pn2.getPreferred().compareTo(pn1.getPreferred());
			}
			if (ret == 0) {
				ret = OpenmrsUtil.compareWithNullAsGreatest(pn1.getFamilyName(), pn2.getFamilyName());
			}
			if (ret == 0) {
				ret = OpenmrsUtil.compareWithNullAsGreatest(pn1.getFamilyName2(), pn2.getFamilyName2());
			}
			if (ret == 0) {
				ret = OpenmrsUtil.compareWithNullAsGreatest(pn1.getGivenName(), pn2.getGivenName());
			}
			if (ret == 0) {
				ret = OpenmrsUtil.compareWithNullAsGreatest(pn1.getMiddleName(), pn2.getMiddleName());
			}
			if (ret == 0) {
				ret = OpenmrsUtil.compareWithNullAsGreatest(pn1.getFamilyNamePrefix(), pn2.getFamilyNamePrefix());
			}
			if (ret == 0) {
				ret = OpenmrsUtil.compareWithNullAsGreatest(pn1.getFamilyNameSuffix(), pn2.getFamilyNameSuffix());
			}
			if (ret == 0 && pn1.getDateCreated() != null) {
				ret = OpenmrsUtil.compareWithNullAsLatest(pn1.getDateCreated(), pn2.getDateCreated());
			}
			if (ret == 0 && !pn1.equalsContent(pn2)) {
				ret = 1;
			}
			return ret;
		}
	}
}
