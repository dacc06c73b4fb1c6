package org.openmrs.module.boundaries;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openmrs.Privilege;
import org.openmrs.Role;
import org.openmrs.api.UserService;
import org.openmrs.api.context.Context;
import org.openmrs.module.BaseModuleActivator;
import org.openmrs.module.DaemonToken;
import org.openmrs.module.DaemonTokenAware;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.messaging.MessagingSettings;
import org.openmrs.module.boundaries.messaging.OverdueAlertSchedule;
import org.openmrs.util.PrivilegeConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the module's ready-made roles on first start (OpenMRS has already created the privileges from config.xml
 * by then; existing roles are left exactly as an administrator set them), and runs the overdue-thread alerts on
 * their schedule while the module is started.
 */
public class BoundariesActivator extends BaseModuleActivator implements DaemonTokenAware {

	private static final Logger log = LoggerFactory.getLogger(BoundariesActivator.class);

	private volatile DaemonToken daemonToken;

	private OverdueAlertSchedule overdueAlerts;

	@Override
	public void setDaemonToken(DaemonToken token) {
		this.daemonToken = token;
	}

	/**
	 * Keeps messaging's settings in memory. The platform empties its list of global property listeners whenever it
	 * builds its context again, so the listener that forgets them is registered after each build, and nothing is kept
	 * while there is none.
	 */
	@Override
	public void contextRefreshed() {
		MessagingSettings.startCaching(Context.getAdministrationService());
		Names.forgetLayouts();
	}

	@Override
	public void willRefreshContext() {
		MessagingSettings.stopCaching(Context.getAdministrationService());
	}

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
		startOverdueAlerts();
		log.info("Professional Boundaries module started");
	}

	@Override
	public void stopped() {
		if (overdueAlerts != null) {
			overdueAlerts.stop();
			overdueAlerts = null;
		}
		MessagingSettings.stopCaching(Context.getAdministrationService());
		log.info("Professional Boundaries module stopped");
	}

	private void startOverdueAlerts() {
		int minutes = overdueAlertIntervalMinutes();
		if (daemonToken == null || minutes <= 0) {
			log.info("Overdue portal thread alerts are off (interval {} minutes, daemon token {})", minutes,
			    daemonToken == null ? "missing" : "present");
			return;
		}
		overdueAlerts = new OverdueAlertSchedule(daemonToken, minutes, TimeUnit.MINUTES);
	}

	private static int overdueAlertIntervalMinutes() {
		Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		try {
			String value = Context.getAdministrationService().getGlobalProperty(
			    BoundariesConstants.GP_OVERDUE_ALERT_INTERVAL_MINUTES,
			    String.valueOf(BoundariesConstants.DEFAULT_OVERDUE_ALERT_INTERVAL_MINUTES));
			return Integer.parseInt(value.trim());
		}
		catch (NumberFormatException e) {
			log.warn("{} is not a whole number of minutes: using {}", BoundariesConstants.GP_OVERDUE_ALERT_INTERVAL_MINUTES,
			    BoundariesConstants.DEFAULT_OVERDUE_ALERT_INTERVAL_MINUTES);
			return BoundariesConstants.DEFAULT_OVERDUE_ALERT_INTERVAL_MINUTES;
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		}
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
