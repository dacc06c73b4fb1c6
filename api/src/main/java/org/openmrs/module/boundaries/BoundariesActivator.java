package org.openmrs.module.boundaries;

import java.util.List;

import org.openmrs.Privilege;
import org.openmrs.Role;
import org.openmrs.api.UserService;
import org.openmrs.api.context.Context;
import org.openmrs.module.BaseModuleActivator;
import org.openmrs.util.PrivilegeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the module's ready-made roles on first start. OpenMRS has already created the privileges from
 * config.xml by then. Existing roles are left exactly as an administrator set them.
 */
public class BoundariesActivator extends BaseModuleActivator {

	private static final Logger log = LoggerFactory.getLogger(BoundariesActivator.class);

	@Override
	public void started() {
		Context.addProxyPrivilege(PrivilegeConstants.MANAGE_ROLES);
		Context.addProxyPrivilege(PrivilegeConstants.GET_ROLES);
		Context.addProxyPrivilege(PrivilegeConstants.GET_PRIVILEGES);
		try {
			UserService userService = Context.getUserService();
			createRoleIfMissing(userService, BoundariesConstants.ROLE_PORTAL_PATIENT,
			    "Patients who use the Professional Boundaries portal", BoundariesConstants.PORTAL_PATIENT_PRIVILEGES);
			createRoleIfMissing(userService, BoundariesConstants.ROLE_CLINICIAN,
			    "Clinicians who message patients and keep the contact and gift log",
			    BoundariesConstants.CLINICIAN_PRIVILEGES);
			createRoleIfMissing(userService, BoundariesConstants.ROLE_MANAGER,
			    "Practice managers: reports, gift register and organisation boundaries",
			    BoundariesConstants.MANAGER_PRIVILEGES);
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_PRIVILEGES);
			Context.removeProxyPrivilege(PrivilegeConstants.GET_ROLES);
			Context.removeProxyPrivilege(PrivilegeConstants.MANAGE_ROLES);
		}
		log.info("Professional Boundaries module started");
	}

	@Override
	public void stopped() {
		log.info("Professional Boundaries module stopped");
	}

	private void createRoleIfMissing(UserService userService, String name, String description, List<String> privileges) {
		if (userService.getRole(name) != null) {
			return;
		}
		Role role = new Role(name, description);
		for (String privilegeName : privileges) {
			Privilege privilege = userService.getPrivilege(privilegeName);
			if (privilege == null) {
				throw new IllegalStateException("Privilege '" + privilegeName + "' is missing: is it declared in config.xml?");
			}
			role.addPrivilege(privilege);
		}
		userService.saveRole(role);
		log.info("Created role {}", name);
	}
}
