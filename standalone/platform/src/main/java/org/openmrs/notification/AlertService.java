package org.openmrs.notification;

import java.util.List;

import org.openmrs.User;
import org.openmrs.annotation.Authorized;
import org.openmrs.api.APIException;
import org.openmrs.api.OpenmrsService;
import org.openmrs.util.PrivilegeConstants;

/** Stand-in for {@code org.openmrs.notification.AlertService} (saving alerts and reading a user's). */
public interface AlertService extends OpenmrsService {

	@Authorized(PrivilegeConstants.MANAGE_ALERTS)
	Alert saveAlert(Alert alert) throws APIException;

	@Authorized
	Alert getAlert(Integer alertId) throws APIException;

	/** The user's unread, unexpired alerts. */
	@Authorized
	List<Alert> getAllActiveAlerts(User user) throws APIException;

	/** The user's unread, unexpired alerts (the authenticated user's when null). */
	@Authorized
	List<Alert> getAlertsByUser(User user) throws APIException;

	@Authorized
	List<Alert> getAlerts(User user, boolean includeRead, boolean includeExpired) throws APIException;
}
