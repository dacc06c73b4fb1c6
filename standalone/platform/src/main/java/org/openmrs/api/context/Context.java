package org.openmrs.api.context;

import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.GlobalProperty;
import org.openmrs.OpenmrsObject;
import org.openmrs.User;
import org.openmrs.api.APIException;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.PatientService;
import org.openmrs.api.PersonService;
import org.openmrs.api.ProviderService;
import org.openmrs.api.UserService;
import org.openmrs.api.cache.RolePrivilegeCache;
import org.openmrs.notification.AlertService;
import org.openmrs.notification.MessageService;
import org.openmrs.api.db.ContextDAO;
import org.openmrs.messagesource.MessageSourceService;
import org.openmrs.util.LocaleUtility;
import org.openmrs.util.OpenmrsConstants;
import org.openmrs.util.PrivilegeConstants;
import org.springframework.beans.BeansException;

/**
 * Stand-in for {@code org.openmrs.api.context.Context}: the static entry point to the services, the current
 * user (a {@link UserContext} per thread, set by {@link #openSession()}) and the runtime properties.
 */
public class Context {

	private static ContextDAO contextDAO;

	private static final ThreadLocal<Object[]> userContextHolder = new ThreadLocal<>();

	private static volatile ServiceContext serviceContext;

	private static Properties runtimeProperties = new Properties();

	private static final Properties configProperties = new Properties();

	private static AuthenticationScheme authenticationScheme;

	public Context() {
	}

	static ContextDAO getContextDAO() {
		if (contextDAO == null) {
			throw new APIException("error.context.null", (Object[]) null);
		}
		return contextDAO;
	}

	public void setContextDAO(ContextDAO dao) {
		setDAO(dao);
	}

	public static void setDAO(ContextDAO dao) {
		contextDAO = dao;
	}

	/**
	 * The username/password scheme, unless the application context holds exactly one other
	 * {@link AuthenticationScheme} bean.
	 */
	private static void setAuthenticationScheme() {
		authenticationScheme = new UsernamePasswordAuthenticationScheme();
		try {
			authenticationScheme = Context.getServiceContext().getApplicationContext().getBean(AuthenticationScheme.class);
		}
		catch (BeansException | NullPointerException e) {
			// keep the default scheme
		}
	}

	public static AuthenticationScheme getAuthenticationScheme() {
		return authenticationScheme;
	}

	public static void setUserContext(UserContext ctx) {
		userContextHolder.set(new Object[] { ctx });
	}

	public static void clearUserContext() {
		userContextHolder.remove();
	}

	public static UserContext getUserContext() {
		Object[] arr = userContextHolder.get();
		if (arr == null) {
			throw new APIException(
			        "A user context must first be passed to setUserContext()...use Context.openSession() (and closeSession() to prevent memory leaks!) before using the API");
		}
		return (UserContext) arr[0];
	}

	static ServiceContext getServiceContext() {
		if (serviceContext == null) {
			synchronized (Context.class) {
				if (serviceContext == null) {
					serviceContext = ServiceContext.getInstance();
				}
			}
		}
		return ServiceContext.getInstance();
	}

	public void setServiceContext(ServiceContext ctx) {
		setContext(ctx);
	}

	public static void setContext(ServiceContext ctx) {
		serviceContext = ctx;
	}

	/**
	 * @deprecated as in the real platform, use {@link #authenticate(Credentials)}
	 */
	@Deprecated
	public static void authenticate(String username, String password) throws ContextAuthenticationException {
		authenticate(new UsernamePasswordCredentials(username, password));
	}

	/**
	 * Signs the current thread's user context in.
	 *
	 * @throws ContextAuthenticationException "Invalid username and/or password: &lt;login&gt;", or "Invalid number
	 *             of connection attempts. Please try again later." while locked out
	 */
	public static Authenticated authenticate(Credentials credentials) throws ContextAuthenticationException {
		if (Daemon.isDaemonThread()) {
			return new BasicAuthenticated(Daemon.getDaemonThreadUser(),
			        "No auth scheme used by Context - Daemon user is always authenticated.");
		}
		if (credentials == null) {
			throw new ContextAuthenticationException("Context cannot authenticate with null credentials.");
		}
		return getUserContext().authenticate(credentials);
	}

	public static void refreshAuthenticatedUser() {
		if (Daemon.isDaemonThread()) {
			return;
		}
		getUserContext().refreshAuthenticatedUser();
	}

	public static void becomeUser(String systemId) throws ContextAuthenticationException {
		getUserContext().becomeUser(systemId);
	}

	/**
	 * @return a copy of the runtime properties
	 */
	public static Properties getRuntimeProperties() {
		Properties props = new Properties();
		if (runtimeProperties != null) {
			props.putAll(runtimeProperties);
		}
		return props;
	}

	public static void setRuntimeProperties(Properties props) {
		runtimeProperties = props;
	}

	/**
	 * What the platform makes sure of at start-up, before modules start; of core's roles, privileges and global
	 * properties, the stand-in's share: the core global properties that are missing are created with their defaults.
	 */
	public static void checkCoreDataset() {
		addProxyPrivilege(PrivilegeConstants.MANAGE_GLOBAL_PROPERTIES, PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		try {
			AdministrationService administration = getAdministrationService();
			for (GlobalProperty coreProperty : OpenmrsConstants.CORE_GLOBAL_PROPERTIES()) {
				if (administration.getGlobalPropertyObject(coreProperty.getProperty()) == null) {
					administration.saveGlobalProperty(coreProperty);
				}
			}
		}
		finally {
			removeProxyPrivilege(PrivilegeConstants.MANAGE_GLOBAL_PROPERTIES, PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		}
	}

	public static PatientService getPatientService() {
		return getServiceContext().getPatientService();
	}

	public static PersonService getPersonService() {
		return getServiceContext().getPersonService();
	}

	public static UserService getUserService() {
		return getServiceContext().getUserService();
	}

	public static ProviderService getProviderService() {
		return getServiceContext().getProviderService();
	}

	public static AdministrationService getAdministrationService() {
		return getServiceContext().getAdministrationService();
	}

	public static AlertService getAlertService() {
		return getServiceContext().getAlertService();
	}

	public static MessageService getMessageService() {
		return getServiceContext().getMessageService();
	}

	public static MessageSourceService getMessageSourceService() {
		return getServiceContext().getMessageSourceService();
	}

	public static User getAuthenticatedUser() {
		if (Daemon.isDaemonThread()) {
			return Daemon.getDaemonThreadUser();
		}
		return getUserContext().getAuthenticatedUser();
	}

	public static boolean isAuthenticated() {
		if (Daemon.isDaemonThread()) {
			return true;
		}
		try {
			return getAuthenticatedUser() != null;
		}
		catch (APIException e) {
			return false;
		}
	}

	/**
	 * Signs out and gives the thread a fresh, anonymous user context.
	 */
	public static void logout() {
		if (!isSessionOpen()) {
			return;
		}
		getUserContext().logout();
		setUserContext(new UserContext(getAuthenticationScheme()));
	}

	public static boolean hasPrivilege(String privilege) {
		if (Daemon.isDaemonThread()) {
			return true;
		}
		return getUserContext().hasPrivilege(privilege);
	}

	public static boolean hasPrivilege(String privilege, boolean includeProxyPrivileges) {
		if (Daemon.isDaemonThread()) {
			return true;
		}
		return getUserContext().hasPrivilege(privilege, includeProxyPrivileges);
	}

	/**
	 * @throws ContextAuthenticationException "Privileges required: &lt;privilege&gt;"
	 */
	public static void requirePrivilege(String privilege) throws ContextAuthenticationException {
		if (!hasPrivilege(privilege)) {
			String errorMessage;
			if (StringUtils.isNotBlank(privilege)) {
				errorMessage = Context.getMessageSourceService().getMessage("error.privilegesRequired",
				    new Object[] { privilege }, null);
			} else {
				errorMessage = Context.getMessageSourceService().getMessage("error.privilegesRequiredNoArgs");
			}
			throw new ContextAuthenticationException(errorMessage);
		}
	}

	public static void addProxyPrivilege(String privilege) {
		getUserContext().addProxyPrivilege(privilege);
	}

	public static void addProxyPrivilege(String... privileges) {
		getUserContext().addProxyPrivilege(privileges);
	}

	public static void removeProxyPrivilege(String privilege) {
		getUserContext().removeProxyPrivilege(privilege);
	}

	public static void removeProxyPrivilege(String... privileges) {
		getUserContext().removeProxyPrivilege(privileges);
	}

	public static void setLocale(Locale locale) {
		getUserContext().setLocale(locale);
	}

	public static Locale getLocale() {
		if (!isSessionOpen()) {
			return LocaleUtility.getDefaultLocale();
		}
		return getUserContext().getLocale();
	}

	/**
	 * Gives the thread an anonymous user context and binds a Hibernate session to it (unless one is bound).
	 */
	public static void openSession() {
		setUserContext(new UserContext(getAuthenticationScheme()));
		getContextDAO().openSession();
	}

	public static void closeSession() {
		clearUserContext();
		getContextDAO().closeSession();
	}

	public static void openSessionWithCurrentUser() {
		getContextDAO().openSession();
	}

	public static void closeSessionWithCurrentUser() {
		getContextDAO().closeSession();
	}

	public static void clearSession() {
		getContextDAO().clearSession();
	}

	public static void flushSession() {
		getContextDAO().flushSession();
	}

	public static boolean isSessionOpen() {
		return userContextHolder.get() != null;
	}

	public static void refreshEntity(Object obj) {
		getContextDAO().refreshEntity(obj);
	}

	public static void evictFromSession(Object obj) {
		getContextDAO().evictFromSession(obj);
	}

	public static void evictEntity(OpenmrsObject object) {
		getContextDAO().evictEntity(object);
	}

	public static void evictAllEntities(Class<?> entityClass) {
		getContextDAO().evictAllEntities(entityClass);
	}

	/** Hibernate's caches and the API caches (here: what roles grant). */
	public static void clearEntireCache() {
		getContextDAO().clearEntireCache();
		RolePrivilegeCache.clear();
	}

	public static <T> T getService(Class<? extends T> cls) {
		return getServiceContext().getService(cls);
	}

	public static boolean isRefreshingContext() {
		return getServiceContext().isRefreshingContext();
	}

	public static <T> List<T> getRegisteredComponents(Class<T> type) {
		return getServiceContext().getRegisteredComponents(type);
	}

	public static <T> T getRegisteredComponent(String beanName, Class<T> type) throws APIException {
		return getServiceContext().getRegisteredComponent(beanName, type);
	}

	public static void addConfigProperty(Object key, Object value) {
		configProperties.put(key, value);
	}

	public static void removeConfigProperty(Object key) {
		configProperties.remove(key);
	}

	public static Properties getConfigProperties() {
		Properties props = new Properties();
		props.putAll(configProperties);
		return props;
	}
}
