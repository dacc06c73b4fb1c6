package org.openmrs.api;

import java.util.List;

import org.openmrs.Person;
import org.openmrs.Privilege;
import org.openmrs.Role;
import org.openmrs.User;
import org.openmrs.annotation.Authorized;
import org.openmrs.util.PrivilegeConstants;

/**
 * Stand-in for {@code org.openmrs.api.UserService}: users, roles and privileges (the subset the module uses),
 * with the real {@code @Authorized} privileges.
 */
public interface UserService extends OpenmrsService {

	/**
	 * Saves a new user with the given password (hashed with a fresh salt; password rules apply).
	 */
	@Authorized({ PrivilegeConstants.ADD_USERS })
	User createUser(User user, String password) throws APIException;

	@Authorized({ PrivilegeConstants.GET_USERS })
	User getUser(Integer userId) throws APIException;

	@Authorized({ PrivilegeConstants.GET_USERS })
	User getUserByUuid(String uuid) throws APIException;

	/**
	 * @return the unretired user whose username or system id is the given one, or null
	 */
	@Authorized({ PrivilegeConstants.GET_USERS })
	User getUserByUsername(String username);

	@Authorized({ PrivilegeConstants.GET_USERS })
	List<User> getUsersByPerson(Person person, boolean includeRetired) throws APIException;

	@Authorized({ PrivilegeConstants.GET_USERS })
	List<User> getAllUsers() throws APIException;

	@Authorized({ PrivilegeConstants.GET_USERS })
	boolean hasDuplicateUsername(User user) throws APIException;

	/**
	 * Updates an existing user (never its password).
	 */
	@Authorized({ PrivilegeConstants.EDIT_USERS })
	User saveUser(User user) throws APIException;

	@Authorized({ PrivilegeConstants.EDIT_USERS })
	User retireUser(User user, String reason) throws APIException;

	@Authorized({ PrivilegeConstants.EDIT_USERS })
	User unretireUser(User user) throws APIException;

	@Authorized({ PrivilegeConstants.EDIT_USER_PASSWORDS })
	void changePassword(User user, String newPassword) throws APIException;

	/**
	 * Changes the signed-in user's own password.
	 */
	@Authorized
	void changePassword(String oldPassword, String newPassword) throws APIException;

	@Authorized
	User setUserProperty(User user, String key, String value) throws APIException;

	@Authorized
	User removeUserProperty(User user, String key) throws APIException;

	@Authorized
	String generateSystemId();

	@Authorized(PrivilegeConstants.GET_ROLES)
	Role getRole(String r) throws APIException;

	@Authorized(PrivilegeConstants.GET_ROLES)
	Role getRoleByUuid(String uuid) throws APIException;

	@Authorized(PrivilegeConstants.MANAGE_ROLES)
	List<Role> getAllRoles() throws APIException;

	@Authorized({ PrivilegeConstants.MANAGE_ROLES })
	Role saveRole(Role role) throws APIException;

	@Authorized({ PrivilegeConstants.GET_USERS })
	List<User> getUsersByRole(Role role) throws APIException;

	@Authorized(PrivilegeConstants.GET_PRIVILEGES)
	Privilege getPrivilege(String p) throws APIException;

	@Authorized(PrivilegeConstants.GET_PRIVILEGES)
	Privilege getPrivilegeByUuid(String uuid) throws APIException;

	@Authorized(PrivilegeConstants.MANAGE_PRIVILEGES)
	List<Privilege> getAllPrivileges() throws APIException;

	@Authorized({ PrivilegeConstants.MANAGE_PRIVILEGES })
	Privilege savePrivilege(Privilege privilege) throws APIException;
}
