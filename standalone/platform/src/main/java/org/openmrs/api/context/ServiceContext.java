package org.openmrs.api.context;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.openmrs.api.APIException;
import org.openmrs.notification.AlertService;
import org.openmrs.notification.MessageService;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.OpenmrsService;
import org.openmrs.api.PatientService;
import org.openmrs.api.PersonService;
import org.openmrs.api.ProviderService;
import org.openmrs.api.ServiceNotFoundException;
import org.openmrs.api.UserService;
import org.openmrs.messagesource.MessageSourceService;
import org.openmrs.messagesource.impl.MessageSourceServiceImpl;
import org.openmrs.messagesource.impl.MutableResourceBundleMessageSource;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;

/**
 * Stand-in for {@code org.openmrs.api.context.ServiceContext}: the singleton registry of services, filled by
 * {@code applicationContext-service.xml} and by modules through
 * {@code <bean parent="serviceContext"><property name="moduleService">...}.
 */
public class ServiceContext implements ApplicationContextAware {

	private static volatile ServiceContext instance;

	private ApplicationContext applicationContext;

	private boolean useSystemClassLoader = false;

	private final Map<Class<?>, Object> services = new ConcurrentHashMap<>();

	private final Map<String, OpenmrsService> moduleOpenmrsServices = new HashMap<>();

	private ServiceContext() {
	}

	public static ServiceContext getInstance() {
		if (instance == null) {
			synchronized (ServiceContext.class) {
				if (instance == null) {
					instance = new ServiceContext();
				}
			}
		}
		return instance;
	}

	public static boolean isInstantiated() {
		return instance != null;
	}

	/**
	 * Forgets every service (called when the Spring context closes).
	 */
	public static void destroyInstance() {
		synchronized (ServiceContext.class) {
			if (instance != null) {
				instance.services.clear();
				instance.moduleOpenmrsServices.clear();
				instance.applicationContext = null;
			}
			instance = null;
		}
	}

	public PatientService getPatientService() {
		return getService(PatientService.class);
	}

	public void setPatientService(PatientService patientService) {
		setService(PatientService.class, patientService);
	}

	public PersonService getPersonService() {
		return getService(PersonService.class);
	}

	public void setPersonService(PersonService personService) {
		setService(PersonService.class, personService);
	}

	public UserService getUserService() {
		return getService(UserService.class);
	}

	public void setUserService(UserService userService) {
		setService(UserService.class, userService);
	}

	public ProviderService getProviderService() {
		return getService(ProviderService.class);
	}

	public void setProviderService(ProviderService providerService) {
		setService(ProviderService.class, providerService);
	}

	public AdministrationService getAdministrationService() {
		return getService(AdministrationService.class);
	}

	public void setAdministrationService(AdministrationService administrationService) {
		setService(AdministrationService.class, administrationService);
	}

	public AlertService getAlertService() {
		return getService(AlertService.class);
	}

	public void setAlertService(AlertService alertService) {
		setService(AlertService.class, alertService);
	}

	public MessageService getMessageService() {
		return getService(MessageService.class);
	}

	public void setMessageService(MessageService messageService) {
		setService(MessageService.class, messageService);
	}

	/**
	 * @return the registered message source service, or (before Spring has started) one reading the classpath
	 */
	public MessageSourceService getMessageSourceService() {
		try {
			return getService(MessageSourceService.class);
		}
		catch (APIException ex) {
			MessageSourceServiceImpl fallback = new MessageSourceServiceImpl();
			fallback.setActiveMessageSource(new MutableResourceBundleMessageSource());
			return fallback;
		}
	}

	public void setMessageSourceService(MessageSourceService messageSourceService) {
		setService(MessageSourceService.class, messageSourceService);
	}

	@SuppressWarnings("unchecked")
	public <T> T getService(Class<? extends T> cls) {
		Object service = services.get(cls);
		if (service == null) {
			throw new ServiceNotFoundException(cls);
		}
		return (T) service;
	}

	/**
	 * Registers a service; a bean that is not already an AOP proxy is wrapped in one, as the real platform does.
	 */
	public void setService(Class<?> cls, Object classInstance) {
		if (cls == null || classInstance == null) {
			return;
		}
		try {
			Object advised = classInstance;
			if (!(classInstance instanceof Advised)) {
				ProxyFactory factory = new ProxyFactory(new Class<?>[] { cls });
				factory.setTarget(classInstance);
				advised = factory.getProxy(cls.getClassLoader());
			}
			services.put(cls, advised);
		}
		catch (Exception e) {
			throw new APIException("service.unable.create.proxy.factory", new Object[] { classInstance.getClass().getName() },
			        e);
		}
	}

	/**
	 * How modules register a service: {@code params} is [interface class name, service instance].
	 */
	public void setModuleService(List<Object> params) {
		String classString = (String) params.get(0);
		Object classInstance = params.get(1);
		if (classString == null || classInstance == null) {
			throw new APIException(String.format(
			    "Unable to find service as unexpected null value found for class [%s] or instance [%s]", classString,
			    classInstance));
		}
		Class<?> cls;
		try {
			ClassLoader loader = useSystemClassLoader ? ClassLoader.getSystemClassLoader() : Thread.currentThread()
			        .getContextClassLoader();
			cls = Class.forName(classString, true, loader != null ? loader : ServiceContext.class.getClassLoader());
		}
		catch (ClassNotFoundException e) {
			throw new APIException("Unable to find service as class not found: " + classString, e);
		}
		setService(cls, classInstance);
		if (classInstance instanceof OpenmrsService) {
			moduleOpenmrsServices.put(classString, (OpenmrsService) classInstance);
		}
	}

	public List<OpenmrsService> getModuleOpenmrsServices(String modulePackage) {
		List<OpenmrsService> openmrsServices = new ArrayList<>();
		for (Map.Entry<String, OpenmrsService> entry : moduleOpenmrsServices.entrySet()) {
			if (entry.getKey().startsWith(modulePackage)) {
				openmrsServices.add(entry.getValue());
			}
		}
		return openmrsServices;
	}

	public void setUseSystemClassLoader(boolean useSystemClassLoader) {
		this.useSystemClassLoader = useSystemClassLoader;
	}

	public boolean isUseSystemClassLoader() {
		return useSystemClassLoader;
	}

	public boolean isRefreshingContext() {
		return false;
	}

	/**
	 * @return every bean of the type in the application context and its parents
	 */
	public <T> List<T> getRegisteredComponents(Class<T> type) {
		Map<String, T> components = new HashMap<>();
		for (ApplicationContext context = applicationContext; context != null; context = context.getParent()) {
			for (Map.Entry<String, T> e : context.getBeansOfType(type).entrySet()) {
				components.putIfAbsent(e.getKey(), e.getValue());
			}
		}
		return new ArrayList<>(components.values());
	}

	public <T> T getRegisteredComponent(String beanName, Class<T> type) throws APIException {
		try {
			return applicationContext.getBean(beanName, type);
		}
		catch (BeansException beanException) {
			throw new APIException("Error during getting registered component", beanException);
		}
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) {
		this.applicationContext = applicationContext;
	}

	public ApplicationContext getApplicationContext() {
		return applicationContext;
	}
}
