package org.openmrs.api.impl;

import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.openmrs.Person;
import org.openmrs.Privilege;
import org.openmrs.Role;
import org.openmrs.User;
import org.openmrs.api.APIException;
import org.openmrs.api.UserService;
import org.openmrs.api.cache.RolePrivilegeCache;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.Daemon;
import org.openmrs.api.db.DAOException;
import org.openmrs.util.OpenmrsConstants;
import org.openmrs.util.OpenmrsUtil;
import org.openmrs.util.PrivilegeConstants;
import org.openmrs.util.RoleConstants;
import org.openmrs.util.Security;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stand-in for {@code org.openmrs.api.impl.UserServiceImpl}; queries the session directly instead of going
 * through a UserDAO. Passwords are written with SQL into {@code users.password/salt}, never mapped.
 */
@Transactional
public class UserServiceImpl extends BaseOpenmrsService implements UserService {

	private SessionFactory sessionFactory;

	public void setSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	private Session session() {
		return sessionFactory.getCurrentSession();
	}

	@Override
	public User createUser(User user, String password) throws APIException {
		if (user.getUserId() != null) {
			throw new APIException("This method can be used for only creating new users");
		}
		Context.requirePrivilege(PrivilegeConstants.ADD_USERS);
		checkPrivileges(user);
		if (password == null || password.isEmpty()) {
			throw new APIException("User.creating.password.required", (Object[]) null);
		}
		if (hasDuplicateUsername(user)) {
			throw new DAOException("Username " + user.getUsername() + " or system id " + user.getSystemId()
			        + " is already in use.");
		}
		OpenmrsUtil.validatePassword(user.getUsername(), password, user.getSystemId());
		session().saveOrUpdate(user);
		session().flush();
		String salt = Security.getRandomToken();
		updatePassword(user, Security.encodeString(password + salt), salt);
		return user;
	}

	@Override
	@Transactional(readOnly = true)
	public User getUser(Integer userId) {
		return session().get(User.class, userId);
	}

	@Override
	@Transactional(readOnly = true)
	public User getUserByUuid(String uuid) {
		return session().createQuery("from User u where u.uuid = :uuid", User.class).setParameter("uuid", uuid)
		        .uniqueResult();
	}

	@Override
	@Transactional(readOnly = true)
	public User getUserByUsername(String username) {
		List<User> users = session()
		        .createQuery("from User u where u.retired = false and (u.username = :name or u.systemId = :name)",
		            User.class)
		        .setParameter("name", username).getResultList();
		return users.isEmpty() ? null : users.get(0);
	}

	@Override
	@Transactional(readOnly = true)
	public List<User> getUsersByPerson(Person person, boolean includeRetired) {
		StringBuilder hql = new StringBuilder("from User u where u.uuid <> :daemon");
		if (person != null) {
			hql.append(" and u.person = :person");
		}
		if (!includeRetired) {
			hql.append(" and u.retired = false");
		}
		org.hibernate.query.Query<User> query = session().createQuery(hql.toString(), User.class)
		        .setParameter("daemon", Daemon.getDaemonUserUuid());
		if (person != null) {
			query.setParameter("person", person);
		}
		return query.getResultList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<User> getAllUsers() {
		return session().createQuery("from User u where u.uuid <> :daemon order by u.userId", User.class)
		        .setParameter("daemon", Daemon.getDaemonUserUuid()).getResultList();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean hasDuplicateUsername(User user) {
		String username = StringUtils.isEmpty(user.getUsername()) ? "-" : user.getUsername();
		String systemId = StringUtils.isEmpty(user.getSystemId()) ? "-" : user.getSystemId();
		Integer userId = user.getUserId() == null ? -1 : user.getUserId();
		String usernameWithCheckDigit = username.matches("\\d+") ? luhnIdentifier(username) : username;
		Long count = session()
		        .createQuery("select count(*) from User u where (u.username = :uname or u.systemId = :uname"
		                + " or u.username = :sysid or u.systemId = :sysid or u.systemId = :uname3) and u.userId <> :uid",
		            Long.class)
		        .setParameter("uname", username).setParameter("sysid", systemId)
		        .setParameter("uname3", usernameWithCheckDigit).setParameter("uid", userId).uniqueResult();
		return count != null && count != 0;
	}

	@Override
	public User saveUser(User user) throws APIException {
		if (user.getUserId() == null) {
			throw new APIException("This method can be called only to update existing users");
		}
		Context.requirePrivilege(PrivilegeConstants.EDIT_USERS);
		checkPrivileges(user);
		if (hasDuplicateUsername(user)) {
			throw new DAOException("Username " + user.getUsername() + " or system id " + user.getSystemId()
			        + " is already in use.");
		}
		session().saveOrUpdate(user);
		return user;
	}

	@Override
	public User retireUser(User user, String reason) {
		user.setRetired(true);
		user.setRetireReason(reason);
		user.setRetiredBy(Context.getAuthenticatedUser());
		user.setDateRetired(new Date());
		return saveUser(user);
	}

	@Override
	public User unretireUser(User user) {
		user.setRetired(false);
		user.setRetireReason(null);
		user.setRetiredBy(null);
		user.setDateRetired(null);
		return saveUser(user);
	}

	@Override
	public void changePassword(User user, String newPassword) {
		OpenmrsUtil.validatePassword(user.getUsername(), newPassword, user.getSystemId());
		setPassword(user, newPassword);
	}

	@Override
	public void changePassword(String oldPassword, String newPassword) {
		User user = Context.getAuthenticatedUser();
		Object[] stored = passwordAndSalt(user);
		if (stored == null || stored[0] == null
		        || !Security.hashMatches((String) stored[0], oldPassword + stored[1])) {
			throw new APIException("old.password.not.correct", (Object[]) null);
		}
		OpenmrsUtil.validatePassword(user.getUsername(), newPassword, user.getSystemId());
		setPassword(user, newPassword);
	}

	private void setPassword(User user, String password) {
		Object[] stored = passwordAndSalt(user);
		String salt = stored == null || StringUtils.isBlank((String) stored[1]) ? Security.getRandomToken()
		        : (String) stored[1];
		updatePassword(user, Security.encodeString(password + salt), salt);
	}

	private Object[] passwordAndSalt(User user) {
		return (Object[]) session().createNativeQuery("select password, salt from users where user_id = :id")
		        .setParameter("id", user.getUserId()).uniqueResult();
	}

	private void updatePassword(User user, String hashedPassword, String salt) {
		User changedBy = Context.getAuthenticatedUser();
		session().createNativeQuery(
		    "update users set password = :pw, salt = :salt, changed_by = :by, date_changed = :when where user_id = :id")
		        .setParameter("pw", hashedPassword).setParameter("salt", salt)
		        .setParameter("by", changedBy == null ? user.getUserId() : changedBy.getUserId())
		        .setParameter("when", new Date()).setParameter("id", user.getUserId()).executeUpdate();
		user.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOCKOUT_TIMESTAMP, "");
		user.setUserProperty(OpenmrsConstants.USER_PROPERTY_LOGIN_ATTEMPTS, OpenmrsConstants.ZERO_LOGIN_ATTEMPTS_VALUE);
		session().saveOrUpdate(user);
	}

	@Override
	public User setUserProperty(User user, String key, String value) {
		if (user != null) {
			if (!Context.hasPrivilege(PrivilegeConstants.EDIT_USERS) && !user.equals(Context.getAuthenticatedUser())) {
				throw new APIException("you.are.not.authorized.change.properties", new Object[] { user.getUserId() });
			}
			user.setUserProperty(key, value);
			try {
				Context.addProxyPrivilege(PrivilegeConstants.EDIT_USERS);
				Context.getUserService().saveUser(user);
			}
			finally {
				Context.removeProxyPrivilege(PrivilegeConstants.EDIT_USERS);
			}
		}
		return user;
	}

	@Override
	public User removeUserProperty(User user, String key) {
		if (user != null) {
			if (!Context.hasPrivilege(PrivilegeConstants.EDIT_USERS) && !user.equals(Context.getAuthenticatedUser())) {
				throw new APIException("you.are.not.authorized.change.properties", new Object[] { user.getUserId() });
			}
			user.removeUserProperty(key);
			try {
				Context.addProxyPrivilege(PrivilegeConstants.EDIT_USERS);
				Context.getUserService().saveUser(user);
			}
			finally {
				Context.removeProxyPrivilege(PrivilegeConstants.EDIT_USERS);
			}
		}
		return user;
	}

	/**
	 * The next user id with a Luhn check digit ("12-3"), skipping ids already in use.
	 */
	@Override
	@Transactional(readOnly = true)
	public String generateSystemId() {
		Integer max = session().createQuery("select max(u.userId) from User u", Integer.class).uniqueResult();
		int offset = 0;
		String systemId;
		do {
			systemId = luhnIdentifier(String.valueOf((max == null ? 0 : max) + 1 + offset++));
		} while (systemIdInUse(systemId));
		return systemId;
	}

	private boolean systemIdInUse(String systemId) {
		Long count = session()
		        .createQuery("select count(*) from User u where u.systemId = :id or u.username = :id", Long.class)
		        .setParameter("id", systemId).uniqueResult();
		return count != null && count > 0;
	}

	/** {@code LuhnIdentifierValidator.getValidIdentifier} for digits: "12" becomes "12-5". */
	static String luhnIdentifier(String digits) {
		int sum = 0;
		boolean doubleIt = true;
		for (int i = digits.length() - 1; i >= 0; i--) {
			int d = digits.charAt(i) - '0';
			if (doubleIt) {
				d *= 2;
				if (d > 9) {
					d -= 9;
				}
			}
			sum += d;
			doubleIt = !doubleIt;
		}
		return digits + "-" + ((10 - (sum % 10)) % 10);
	}

	@Override
	@Transactional(readOnly = true)
	public Role getRole(String r) {
		return session().get(Role.class, r);
	}

	@Override
	@Transactional(readOnly = true)
	public Role getRoleByUuid(String uuid) {
		return session().createQuery("from Role r where r.uuid = :uuid", Role.class).setParameter("uuid", uuid)
		        .uniqueResult();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Role> getAllRoles() {
		return session().createQuery("from Role r order by r.role", Role.class).getResultList();
	}

	@Override
	public Role saveRole(Role role) {
		if (role.getAllParentRoles().contains(role)) {
			throw new APIException("Role.cannot.inherit.descendant", (Object[]) null);
		}
		if (role.getPrivileges() != null) {
			String missing = role.getPrivileges().stream().map(Privilege::getPrivilege)
			        .filter(p -> !Context.hasPrivilege(p)).distinct().collect(Collectors.joining(", "));
			if (StringUtils.isNotBlank(missing)) {
				throw new APIException("Role.you.must.have.privileges", new Object[] { missing });
			}
		}
		session().saveOrUpdate(role);
		RolePrivilegeCache.clear();
		return role;
	}

	@Override
	@Transactional(readOnly = true)
	public List<User> getUsersByRole(Role role) {
		return session().createQuery("select u from User u join u.roles r where r = :role order by u.userId", User.class)
		        .setParameter("role", role).getResultList();
	}

	@Override
	@Transactional(readOnly = true)
	public Privilege getPrivilege(String p) {
		return session().get(Privilege.class, p);
	}

	@Override
	@Transactional(readOnly = true)
	public Privilege getPrivilegeByUuid(String uuid) {
		return session().createQuery("from Privilege p where p.uuid = :uuid", Privilege.class)
		        .setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Privilege> getAllPrivileges() {
		return session().createQuery("from Privilege p order by p.privilege", Privilege.class).getResultList();
	}

	@Override
	public Privilege savePrivilege(Privilege privilege) {
		session().saveOrUpdate(privilege);
		RolePrivilegeCache.clear();
		return privilege;
	}

	/**
	 * As in the real platform: assigning a role needs every privilege it carries, and the superuser role needs
	 * "Assign System Developer Role".
	 */
	private void checkPrivileges(User user) {
		List<String> requiredPrivs = user.getAllRoles().stream().peek(this::checkSuperUserPrivilege)
		        .map(Role::getPrivileges).filter(Objects::nonNull).flatMap(Collection::stream)
		        .map(Privilege::getPrivilege).filter(p -> !Context.hasPrivilege(p)).sorted().collect(Collectors.toList());
		if (requiredPrivs.size() == 1) {
			throw new APIException("User.you.must.have.privilege", new Object[] { requiredPrivs.get(0) });
		} else if (requiredPrivs.size() > 1) {
			throw new APIException("User.you.must.have.privileges", new Object[] { String.join(", ", requiredPrivs) });
		}
	}

	private void checkSuperUserPrivilege(Role r) {
		if (r.getRole().equals(RoleConstants.SUPERUSER)
		        && !Context.hasPrivilege(PrivilegeConstants.ASSIGN_SYSTEM_DEVELOPER_ROLE)) {
			throw new APIException("User.you.must.have.role", new Object[] { RoleConstants.SUPERUSER });
		}
	}
}
