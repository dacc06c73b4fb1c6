package org.openmrs.api.impl;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.commons.lang3.StringUtils;
import org.hibernate.FlushMode;
import org.hibernate.MappingException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Selectable;
import org.hibernate.metadata.ClassMetadata;
import org.hibernate.type.StringType;
import org.hibernate.type.TextType;
import org.hibernate.type.Type;
import org.openmrs.GlobalProperty;
import org.openmrs.OpenmrsObject;
import org.openmrs.api.APIException;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.GlobalPropertyListener;
import org.openmrs.api.context.Context;
import org.openmrs.api.db.hibernate.HibernateSessionFactoryBean;
import org.openmrs.util.HandlerUtil;
import org.openmrs.util.LocaleUtility;
import org.openmrs.util.OpenmrsConstants;
import org.springframework.beans.BeansException;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationContextAware;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.Errors;
import org.springframework.validation.Validator;

/**
 * Stand-in for {@code org.openmrs.api.impl.AdministrationServiceImpl}: global properties and validation
 * (queries the session directly instead of an AdministrationDAO).
 */
@Transactional
public class AdministrationServiceImpl extends BaseOpenmrsService implements AdministrationService, ApplicationContextAware {

	/** As core's {@code EventListeners}: one list for the platform, whichever service instance is asked. */
	private static final List<GlobalPropertyListener> globalPropertyListeners = new CopyOnWriteArrayList<>();

	private SessionFactory sessionFactory;

	private Metadata metadata;

	public void setSessionFactory(SessionFactory sessionFactory) {
		this.sessionFactory = sessionFactory;
	}

	@Override
	public void setApplicationContext(ApplicationContext applicationContext) throws BeansException {
		HibernateSessionFactoryBean factoryBean = (HibernateSessionFactoryBean) applicationContext.getBean("&sessionFactory");
		metadata = factoryBean.getMetadata();
	}

	private Session session() {
		return sessionFactory.getCurrentSession();
	}

	@Override
	@Transactional(readOnly = true)
	public GlobalProperty getGlobalPropertyByUuid(String uuid) {
		return session().createQuery("from GlobalProperty gp where gp.uuid = :uuid", GlobalProperty.class)
		        .setParameter("uuid", uuid).uniqueResult();
	}

	@Override
	@Transactional(readOnly = true)
	public String getGlobalProperty(String propertyName) {
		if (propertyName == null) {
			return null;
		}
		GlobalProperty gp = getGlobalPropertyObject(propertyName);
		return gp == null ? null : gp.getPropertyValue();
	}

	@Override
	@Transactional(readOnly = true)
	public String getGlobalProperty(String propertyName, String defaultValue) {
		String s = Context.getAdministrationService().getGlobalProperty(propertyName);
		return s == null ? defaultValue : s;
	}

	/**
	 * Property names are matched ignoring case where the database compares strings so (MySQL, MariaDB) or where
	 * {@value OpenmrsConstants#GP_CASE_SENSITIVE_DATABASE_STRING_COMPARISON} is not "false", as on the real platform.
	 */
	@Override
	@Transactional(readOnly = true)
	public GlobalProperty getGlobalPropertyObject(String propertyName) {
		// as core's DAO: where the database is said to compare strings case-sensitively (as it is taken to be when the
		// property is missing), a query matching the name in any case; otherwise a read by id, from the second-level
		// cache once read (the platform creates the property as "false" at start-up)
		if (isDatabaseStringComparisonCaseSensitive()) {
			List<GlobalProperty> gps = session()
			        .createQuery("from GlobalProperty gp where lower(gp.property) = lower(:name)", GlobalProperty.class)
			        .setParameter("name", propertyName).getResultList();
			return gps.isEmpty() ? null : gps.get(0);
		}
		return session().get(GlobalProperty.class, propertyName);
	}

	private boolean isDatabaseStringComparisonCaseSensitive() {
		GlobalProperty gp = session().get(GlobalProperty.class,
		    OpenmrsConstants.GP_CASE_SENSITIVE_DATABASE_STRING_COMPARISON);
		return gp == null || Boolean.parseBoolean(gp.getPropertyValue());
	}

	@Override
	@Transactional(readOnly = true)
	public List<GlobalProperty> getGlobalPropertiesByPrefix(String prefix) {
		return session()
		        .createQuery("from GlobalProperty gp where lower(gp.property) like lower(:prefix) order by gp.property",
		            GlobalProperty.class)
		        .setParameter("prefix", prefix + "%").getResultList();
	}

	@Override
	@Transactional(readOnly = true)
	public List<GlobalProperty> getAllGlobalProperties() {
		return session().createQuery("from GlobalProperty gp order by gp.property", GlobalProperty.class)
		        .getResultList();
	}

	@Override
	public void purgeGlobalProperty(GlobalProperty globalProperty) {
		session().delete(globalProperty);
		forgetCachedValues(globalProperty.getProperty());
		for (GlobalPropertyListener listener : globalPropertyListeners) {
			if (listener.supportsPropertyName(globalProperty.getProperty())) {
				listener.globalPropertyDeleted(globalProperty.getProperty());
			}
		}
	}

	@Override
	public void setGlobalProperty(String propertyName, String propertyValue) {
		GlobalProperty gp = Context.getAdministrationService().getGlobalPropertyObject(propertyName);
		if (gp == null) {
			gp = new GlobalProperty();
			gp.setProperty(propertyName);
		}
		gp.setPropertyValue(propertyValue);
		Context.getAdministrationService().saveGlobalProperty(gp);
	}

	@Override
	public void updateGlobalProperty(String propertyName, String propertyValue) {
		GlobalProperty gp = Context.getAdministrationService().getGlobalPropertyObject(propertyName);
		if (gp == null) {
			throw new IllegalStateException("Global property with the given propertyName does not exist" + propertyName);
		}
		gp.setPropertyValue(propertyValue);
		Context.getAdministrationService().saveGlobalProperty(gp);
	}

	@Override
	public GlobalProperty saveGlobalProperty(GlobalProperty gp) {
		if (StringUtils.isNotEmpty(gp.getProperty())) {
			GlobalProperty existing = session().get(GlobalProperty.class, gp.getProperty());
			if (existing != null && existing != gp) {
				existing.setPropertyValue(gp.getPropertyValue());
				existing.setDescription(gp.getDescription());
				gp = existing;
			}
			session().saveOrUpdate(gp);
			forgetCachedValues(gp.getProperty());
			for (GlobalPropertyListener listener : globalPropertyListeners) {
				if (listener.supportsPropertyName(gp.getProperty())) {
					listener.globalPropertyChanged(gp);
				}
			}
		}
		return gp;
	}

	@Override
	public void addGlobalPropertyListener(GlobalPropertyListener listener) {
		globalPropertyListeners.add(listener);
	}

	@Override
	public void removeGlobalPropertyListener(GlobalPropertyListener listener) {
		globalPropertyListeners.remove(listener);
	}

	private void forgetCachedValues(String property) {
		if (OpenmrsConstants.GLOBAL_PROPERTY_DEFAULT_LOCALE.equalsIgnoreCase(property)) {
			LocaleUtility.setDefaultLocaleCache(null);
		}
	}

	@Override
	@Transactional(readOnly = true)
	@SuppressWarnings("unchecked")
	public <T> T getGlobalPropertyValue(String propertyName, T defaultValue) {
		if (defaultValue == null) {
			throw new IllegalArgumentException("The defaultValue argument cannot be null");
		}
		String propVal = Context.getAdministrationService().getGlobalProperty(propertyName);
		if (StringUtils.isEmpty(propVal)) {
			return defaultValue;
		}
		try {
			return (T) defaultValue.getClass().getDeclaredConstructor(String.class).newInstance(propVal);
		}
		catch (InstantiationException e) {
			throw new APIException("is.not.able.instantiated", new Object[] { defaultValue.getClass().getName(), propVal },
			        e);
		}
		catch (NoSuchMethodException e) {
			throw new APIException("does.not.have.string.constructor", new Object[] { defaultValue.getClass().getName() }, e);
		}
		catch (Exception e) {
			return defaultValue;
		}
	}

	@Override
	@Transactional(readOnly = true)
	public List<Locale> getAllowedLocales() {
		String allowed = Context.getAdministrationService().getGlobalProperty(
		    OpenmrsConstants.GLOBAL_PROPERTY_LOCALE_ALLOWED_LIST, "");
		List<Locale> locales = new ArrayList<>();
		for (String spec : allowed.split(",")) {
			Locale locale = LocaleUtility.fromSpecification(spec);
			if (locale != null && !locales.contains(locale)) {
				locales.add(locale);
			}
		}
		Locale defaultLocale = LocaleUtility.getDefaultLocale();
		if (!locales.contains(defaultLocale)) {
			locales.add(0, defaultLocale);
		}
		return locales;
	}

	@Override
	@Transactional(readOnly = true)
	public int getMaximumPropertyLength(Class<? extends OpenmrsObject> aClass, String fieldName) {
		PersistentClass persistentClass = metadata.getEntityBinding(aClass.getName().split("_")[0]);
		if (persistentClass == null) {
			throw new APIException("Couldn't find a class in the hibernate configuration named: " + aClass.getName());
		}
		try {
			Iterator<Selectable> columns = persistentClass.getProperty(fieldName).getColumnIterator();
			return ((Column) columns.next()).getLength();
		}
		catch (Exception e) {
			return -1;
		}
	}

	@Override
	@Transactional(readOnly = true)
	public void validate(Object object, Errors errors) {
		if (object == null) {
			throw new APIException("error.null", (Object[]) null);
		}
		Class<?> entityClass = object.getClass();
		ClassMetadata classMetadata = null;
		try {
			classMetadata = sessionFactory.getClassMetadata(entityClass);
		}
		catch (MappingException ex) {
			// not an entity: only the validators apply
		}
		if (classMetadata != null) {
			@SuppressWarnings("unchecked")
			Class<? extends OpenmrsObject> openmrsClass = (Class<? extends OpenmrsObject>) entityClass;
			Type identifierType = classMetadata.getIdentifierType();
			String identifierName = classMetadata.getIdentifierPropertyName();
			if (identifierType instanceof StringType || identifierType instanceof TextType) {
				Object identifierValue = classMetadata.getIdentifier(object,
				    (SharedSessionContractImplementor) session());
				int maxLength = getMaximumPropertyLength(openmrsClass, identifierName);
				if (identifierValue != null && ((String) identifierValue).length() > maxLength) {
					errors.rejectValue(identifierName, "error.exceededMaxLengthOfField", new Object[] { maxLength }, null);
				}
			}
			for (String propName : classMetadata.getPropertyNames()) {
				Type propType = classMetadata.getPropertyType(propName);
				if (propType instanceof StringType || propType instanceof TextType) {
					String propertyValue = (String) classMetadata.getPropertyValue(object, propName);
					if (propertyValue != null) {
						int maxLength = getMaximumPropertyLength(openmrsClass, propName);
						if (propertyValue.length() > maxLength) {
							errors.rejectValue(propName, "error.exceededMaxLengthOfField", new Object[] { maxLength },
							    null);
						}
					}
				}
			}
		}
		FlushMode previousFlushMode = session().getHibernateFlushMode();
		session().setHibernateFlushMode(FlushMode.MANUAL);
		try {
			for (Validator validator : HandlerUtil.getHandlersForType(Validator.class, entityClass)) {
				if (validator.supports(entityClass)) {
					validator.validate(object, errors);
				}
			}
		}
		finally {
			session().setHibernateFlushMode(previousFlushMode);
		}
	}
}
