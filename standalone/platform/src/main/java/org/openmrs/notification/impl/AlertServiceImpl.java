package org.openmrs.notification.impl;

import java.util.Date;
import java.util.List;

import org.hibernate.SessionFactory;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.impl.BaseOpenmrsService;
import org.openmrs.notification.Alert;
import org.openmrs.notification.AlertService;
import org.springframework.transaction.annotation.Transactional;

/** Stand-in for {@code org.openmrs.notification.impl.AlertServiceImpl}; queries as HibernateAlertDAO does. */
@Transactional
public class AlertServiceImpl extends BaseOpenmrsService implements AlertService {

	private SessionFactory sessionFactory;

	public void setSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public Alert saveAlert(Alert alert) {
		if (alert.getCreator() == null) {
			alert.setCreator(Context.getAuthenticatedUser());
		}
		if (alert.getDateCreated() == null) {
			alert.setDateCreated(new Date());
		}
		if (alert.getAlertId() != null) {
			alert.setChangedBy(Context.getAuthenticatedUser());
			alert.setDateChanged(new Date());
		}
		sessionFactory.getCurrentSession().saveOrUpdate(alert);
		return alert;
	}

	@Override
	@Transactional(readOnly = true)
	public Alert getAlert(Integer alertId) {
		return sessionFactory.getCurrentSession().get(Alert.class, alertId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Alert> getAllActiveAlerts(User user) {
		return getAlerts(user, false, false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Alert> getAlertsByUser(User user) {
		return getAlerts(user == null ? Context.getAuthenticatedUser() : user, false, false);
	}

	@Override
	@Transactional(readOnly = true)
	public List<Alert> getAlerts(User user, boolean includeRead, boolean includeExpired) {
		StringBuilder hql = new StringBuilder("select distinct a from Alert a join a.recipients r where r.recipient = :user");
		if (!includeRead) {
			hql.append(" and r.alertRead = false");
		}
		if (!includeExpired) {
			hql.append(" and (a.dateToExpire is null or a.dateToExpire > :now)");
		}
		hql.append(" order by a.alertId desc");
		org.hibernate.query.Query<Alert> query = sessionFactory.getCurrentSession().createQuery(hql.toString(), Alert.class)
		        .setParameter("user", user);
		if (!includeExpired) {
			query.setParameter("now", new Date());
		}
		return query.getResultList();
	}
}
