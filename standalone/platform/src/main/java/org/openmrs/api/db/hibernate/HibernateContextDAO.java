package org.openmrs.api.db.hibernate;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.commons.lang3.StringUtils;
import org.hibernate.FlushMode;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.type.StandardBasicTypes;
import org.openmrs.OpenmrsObject;
import org.openmrs.User;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.ContextAuthenticationException;
import org.openmrs.api.db.ContextDAO;
import org.openmrs.util.OpenmrsConstants;
import org.openmrs.util.PrivilegeConstants;
import org.openmrs.util.Security;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.hibernate5.SessionFactoryUtils;
import org.springframework.orm.hibernate5.SessionHolder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stand-in for {@code org.openmrs.api.db.hibernate.HibernateContextDAO}: sign-in exactly as in 2.8 (username or
 * system id, salted SHA-512, retired users refused, lockout after
 * {@code security.allowedFailedLoginsBeforeLockout} failures for {@code security.unlockAccountWaitingTime}
 * minutes) and the per-thread Hibernate session.
 */
public class HibernateContextDAO implements ContextDAO {

	private static final Logger log = LoggerFactory.getLogger(HibernateContextDAO.class);

	private static final Long DEFAULT_UNLOCK_ACCOUNT_WAITING_TIME = TimeUnit.MILLISECONDS.convert(5L, TimeUnit.MINUTES);

	private SessionFactory sessionFactory;

	/**
	 * Whether this thread's {@link #openSession()} joined a session that was already bound, so that
	 * {@link #closeSession()} leaves it open. Per thread here (the real class keeps one flag for all threads, so that
	 * once any thread joined a session, daemon threads keep theirs, and what they read, open from task to task).
	 */
	private final ThreadLocal<Boolean> participate = ThreadLocal.withInitial(() -> false);

	public void setSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	@Transactional(noRollbackFor = ContextAuthenticationException.class)
	public User authenticate(String login, String password) throws ContextAuthenticationException {
		String errorMsg = "Invalid username and/or password: " + login;
		Session session = sessionFactory.getCurrentSession();
		User candidateUser = null;
		if (StringUtils.isNotBlank(login)) {
			// a system id is stored as "123-4"; people type it without the dash
			String loginWithDash = login;
			if (login.matches("\\d{2,}")) {
				loginWithDash = login.substring(0, login.length() - 1) + "-" + login.charAt(login.length() - 1);
			}
			try {
				candidateUser = session
				        .createQuery(
				            "from User u where (u.username = ?1 or u.systemId = ?2 or u.systemId = ?3) and u.retired = false",
				            User.class)
				        .setParameter(1, login).setParameter(2, login).setParameter(3, loginWithDash).uniqueResult();
			}
			catch (RuntimeException e) {
				log.error("Got exception while logging in: '{}'", login, e);
			}
		}

		if (candidateUser != null && password != null) {
			String lockoutTimeString = candidateUser.getUserProperty(OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP, null);
			long lockoutTime = -1;
			if (StringUtils.isNotBlank(lockoutTimeString) && !"0".equals(lockoutTimeString)) {
				try {
					lockoutTime = Long.parseLong(lockoutTimeString);
				}
				catch (NumberFormatException e) {
					log.warn("bad value stored in {} user property: {}", OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP,
					    lockoutTimeString);
				}
			}
			if (lockoutTime > 0) {
				// unlocked after the waiting time; any attempt before that restarts the wait
				if (System.currentTimeMillis() - lockoutTime > getUnlockTimeMs()) {
					candidateUser.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOGIN_ATTEMPTS,
					    OpenmrsConstants.ZERO_LOGIN_ATTEMPTS_VALUE);
					candidateUser.removeUserProperty(OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP);
					saveUserProperties(candidateUser);
				} else {
					candidateUser.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP,
					    String.valueOf(System.currentTimeMillis()));
					throw new ContextAuthenticationException("Invalid number of connection attempts. Please try again later.");
				}
			}

			Object[] passwordAndSalt = (Object[]) session
			        .createNativeQuery("select password, salt from users where user_id = ?1")
			        .addScalar("password", StandardBasicTypes.STRING).addScalar("salt", StandardBasicTypes.STRING)
			        .setParameter(1, candidateUser.getUserId()).uniqueResult();
			String passwordOnRecord = (String) passwordAndSalt[0];
			String saltOnRecord = (String) passwordAndSalt[1];

			if (passwordOnRecord != null && Security.hashMatches(passwordOnRecord, password + saltOnRecord)) {
				candidateUser.getAllRoles().size();
				candidateUser.getUserProperties().size();
				candidateUser.getPrivileges().size();
				if (getUsersLoginAttempts(candidateUser) > 0) {
					candidateUser.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOGIN_ATTEMPTS,
					    OpenmrsConstants.ZERO_LOGIN_ATTEMPTS_VALUE);
					candidateUser.removeUserProperty(OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP);
				}
				candidateUser.setUserProperty(OpenmrsConstants.USER_PROPERTY_LAST_LOGIN_TIMESTAMP,
				    String.valueOf(System.currentTimeMillis()));
				saveUserProperties(candidateUser);
				return candidateUser;
			} else {
				int attempts = getUsersLoginAttempts(candidateUser) + 1;
				int allowedFailedLoginCount = 7;
				try {
					Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
					allowedFailedLoginCount = Integer.parseInt(Context.getAdministrationService().getGlobalProperty(
					    OpenmrsConstants.GP_ALLOWED_FAILED_LOGINS_BEFORE_LOCKOUT).trim());
				}
				catch (Exception ex) {
					log.error("Unable to convert the global property {} to a valid integer. Using default value of 7.",
					    OpenmrsConstants.GP_ALLOWED_FAILED_LOGINS_BEFORE_LOCKOUT);
				}
				finally {
					Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
				}
				if (attempts > allowedFailedLoginCount) {
					candidateUser.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP,
					    String.valueOf(System.currentTimeMillis()));
				} else {
					candidateUser.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOGIN_ATTEMPTS, String.valueOf(attempts));
				}
				saveUserProperties(candidateUser);
			}
		}
		log.info("Failed login attempt (login={}) - {}", login, errorMsg);
		throw new ContextAuthenticationException(errorMsg);
	}

	private Long getUnlockTimeMs() {
		try {
			Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
			String value = Context.getAdministrationService().getGlobalProperty(
			    OpenmrsConstants.GP_UNLOCK_ACCOUNT_WAITING_TIME);
			if (StringUtils.isNotBlank(value)) {
				try {
					return TimeUnit.MILLISECONDS.convert(Long.valueOf(value), TimeUnit.MINUTES);
				}
				catch (Exception ex) {
					log.error("Unable to convert the global property " + OpenmrsConstants.GP_UNLOCK_ACCOUNT_WAITING_TIME
					        + "to a valid Long. Using default value of 5");
				}
			}
			return DEFAULT_UNLOCK_ACCOUNT_WAITING_TIME;
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		}
	}

	private void saveUserProperties(User user) {
		sessionFactory.getCurrentSession().update(user);
	}

	private int getUsersLoginAttempts(User user) {
		try {
			return Integer.parseInt(user.getUserProperty(OpenmrsConstants.USER_PROPERTY_LOGIN_ATTEMPTS, "0"));
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	@Override
	@Transactional(readOnly = true)
	public User getUserByUuid(String uuid) {
		Session session = sessionFactory.getCurrentSession();
		// no flush: this runs from the AuditableInterceptor too
		FlushMode flushMode = session.getHibernateFlushMode();
		session.setHibernateFlushMode(FlushMode.MANUAL);
		try {
			return session.createQuery("from User u where u.uuid = :uuid", User.class).setParameter("uuid", uuid)
			        .uniqueResult();
		}
		finally {
			session.setHibernateFlushMode(flushMode);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public User getUserByUsername(String username) {
		List<User> users = sessionFactory.getCurrentSession()
		        .createQuery("from User u where u.retired = false and (u.username = :name or u.systemId = :name)",
		            User.class)
		        .setParameter("name", username).getResultList();
		return users.isEmpty() ? null : users.get(0);
	}

	@Override
	public void openSession() {
		if (TransactionSynchronizationManager.hasResource(sessionFactory)) {
			participate.set(true);
		} else {
			participate.set(false);
			Session session = sessionFactory.openSession();
			session.setHibernateFlushMode(FlushMode.MANUAL);
			TransactionSynchronizationManager.bindResource(sessionFactory, new SessionHolder(session));
		}
	}

	@Override
	public void closeSession() {
		boolean joined = participate.get();
		participate.remove();
		if (!joined) {
			if (TransactionSynchronizationManager.hasResource(sessionFactory)) {
				Object value = TransactionSynchronizationManager.unbindResource(sessionFactory);
				try {
					if (value instanceof SessionHolder) {
						SessionFactoryUtils.closeSession(((SessionHolder) value).getSession());
					}
				}
				catch (RuntimeException e) {
					log.error("Unexpected exception on closing Hibernate Session", e);
				}
			}
		}
	}

	@Override
	@Transactional
	public void clearSession() {
		sessionFactory.getCurrentSession().clear();
	}

	@Override
	@Transactional
	public void flushSession() {
		sessionFactory.getCurrentSession().flush();
	}

	@Override
	public void evictFromSession(Object obj) {
		sessionFactory.getCurrentSession().evict(obj);
	}

	@Override
	public void evictEntity(OpenmrsObject obj) {
		sessionFactory.getCache().evictEntityData(obj.getClass(), obj.getId());
	}

	@Override
	public void evictAllEntities(Class<?> entityClass) {
		sessionFactory.getCache().evictEntityData(entityClass);
		sessionFactory.getCache().evictCollectionData();
		sessionFactory.getCache().evictQueryRegions();
	}

	@Override
	public void clearEntireCache() {
		sessionFactory.getCache().evictAllRegions();
	}

	@Override
	public void refreshEntity(Object obj) {
		sessionFactory.getCurrentSession().refresh(obj);
	}
}
