package org.openmrs.api.impl;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.lang3.StringUtils;
import org.hibernate.SessionFactory;
import org.hibernate.query.Query;
import org.openmrs.Patient;
import org.openmrs.api.PatientService;
import org.openmrs.api.context.Context;
import org.openmrs.util.OpenmrsConstants;
import org.openmrs.util.PrivilegeConstants;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stand-in for {@code org.openmrs.api.impl.PatientServiceImpl} (no identifiers, no search).
 */
@Transactional
public class PatientServiceImpl extends BaseOpenmrsService implements PatientService {

	private SessionFactory sessionFactory;

	public void setSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public Patient savePatient(Patient patient) {
		if (patient.getPatientId() == null) {
			Context.requirePrivilege(PrivilegeConstants.ADD_PATIENTS);
		} else {
			Context.requirePrivilege(PrivilegeConstants.EDIT_PATIENTS);
		}
		if (patient.getVoided()) {
			Context.requirePrivilege(PrivilegeConstants.DELETE_PATIENTS);
		}
		sessionFactory.getCurrentSession().saveOrUpdate(patient);
		return patient;
	}

	@Override
	@Transactional(readOnly = true)
	public Patient getPatient(Integer patientId) {
		return patientId == null ? null : sessionFactory.getCurrentSession().get(Patient.class, patientId);
	}

	@Override
	@Transactional(readOnly = true)
	public Patient getPatientByUuid(String uuid) {
		return sessionFactory.getCurrentSession().createQuery("from Patient p where p.uuid = :uuid", Patient.class)
		        .setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Patient> getPatients(String query, Integer start, Integer length) {
		// As HibernatePatientDAO: too short a query finds nothing; the setting is read as the caller
		String minChars = Context.getAdministrationService()
		        .getGlobalProperty(OpenmrsConstants.GLOBAL_PROPERTY_MIN_SEARCH_CHARACTERS);
		if (!StringUtils.isNumeric(minChars)) {
			minChars = "" + OpenmrsConstants.GLOBAL_PROPERTY_DEFAULT_MIN_SEARCH_CHARACTERS;
		}
		if (query == null || query.length() < Integer.parseInt(minChars)) {
			return new ArrayList<>();
		}
		String[] words = query == null ? new String[0] : query.trim().toLowerCase().split("\\s+");
		StringBuilder hql = new StringBuilder("select p from Patient p where p.voided = false");
		for (int i = 0; i < words.length; i++) {
			hql.append(" and exists (from PersonName n where n.person = p and n.voided = false and (lower(n.givenName)"
			        + " like :w").append(i).append(" or lower(n.middleName) like :w").append(i)
			        .append(" or lower(n.familyName) like :w").append(i).append("))");
		}
		hql.append(" order by p.patientId");
		Query<Patient> found = sessionFactory.getCurrentSession().createQuery(hql.toString(),
		    Patient.class);
		for (int i = 0; i < words.length; i++) {
			found.setParameter("w" + i, words[i] + "%");
		}
		if (start != null) {
			found.setFirstResult(start);
		}
		if (length != null) {
			found.setMaxResults(length);
		}
		return found.getResultList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Patient> getAllPatients() {
		return getAllPatients(false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Patient> getAllPatients(boolean includeVoided) {
		String hql = includeVoided ? "from Patient p order by p.patientId"
		        : "from Patient p where p.voided = false order by p.patientId";
		return sessionFactory.getCurrentSession().createQuery(hql, Patient.class).getResultList();
	}

	/**
	 * The void fields are set by the void handlers before this runs.
	 */
	@Override
	public Patient voidPatient(Patient patient, String reason) {
		if (patient == null) {
			return null;
		}
		sessionFactory.getCurrentSession().saveOrUpdate(patient);
		return patient;
	}

	@Override
	public Patient unvoidPatient(Patient patient) {
		if (patient == null) {
			return null;
		}
		return Context.getPatientService().savePatient(patient);
	}
}
