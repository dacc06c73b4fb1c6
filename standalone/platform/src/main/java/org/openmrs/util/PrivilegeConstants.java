package org.openmrs.util;

/**
 * Stand-in for {@code org.openmrs.util.PrivilegeConstants}: the core privileges the stand-in's services use.
 */
public class PrivilegeConstants {

	private PrivilegeConstants() {
	}

	public static final String GET_USERS = "Get Users";

	public static final String ADD_USERS = "Add Users";

	public static final String EDIT_USERS = "Edit Users";

	public static final String PURGE_USERS = "Purge Users";

	public static final String EDIT_USER_PASSWORDS = "Edit User Passwords";

	public static final String GET_ROLES = "Get Roles";

	public static final String MANAGE_ROLES = "Manage Roles";

	public static final String GET_PRIVILEGES = "Get Privileges";

	public static final String MANAGE_PRIVILEGES = "Manage Privileges";

	public static final String ASSIGN_SYSTEM_DEVELOPER_ROLE = "Assign System Developer Role";

	public static final String GET_PERSONS = "Get People";

	public static final String ADD_PERSONS = "Add People";

	public static final String EDIT_PERSONS = "Edit People";

	public static final String GET_PATIENTS = "Get Patients";

	public static final String ADD_PATIENTS = "Add Patients";

	public static final String EDIT_PATIENTS = "Edit Patients";

	public static final String DELETE_PATIENTS = "Delete Patients";

	public static final String GET_PROVIDERS = "Get Providers";

	public static final String MANAGE_PROVIDERS = "Manage Providers";

	public static final String GET_GLOBAL_PROPERTIES = "Get Global Properties";

	public static final String MANAGE_GLOBAL_PROPERTIES = "Manage Global Properties";

	public static final String PURGE_GLOBAL_PROPERTIES = "Purge Global Properties";

	public static final String VIEW_ADMIN_FUNCTIONS = "View Administration Functions";

	public static final String VIEW_NAVIGATION_MENU = "View Navigation Menu";

	public static final String MANAGE_ALERTS = "Manage Alerts";
}
