package org.openmrs.api.db.hibernate;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.hibernate.Interceptor;
import org.hibernate.boot.Metadata;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.integrator.spi.Integrator;
import org.hibernate.service.spi.SessionFactoryServiceRegistry;
import org.openmrs.api.context.Context;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.orm.hibernate5.LocalSessionFactoryBean;

/**
 * Stand-in for {@code org.openmrs.api.db.hibernate.HibernateSessionFactoryBean}: a Spring
 * {@link LocalSessionFactoryBean} whose Hibernate settings come from, in order of precedence, the config
 * properties, {@link Context#getRuntimeProperties()} (a key without the {@code hibernate.} prefix also counts
 * with it, e.g. {@code connection.url}) and {@code /hibernate.default.properties}; every {@link Interceptor} bean
 * is chained (ordered by bean name); the metadata is kept for column lengths. Module packages are found by the
 * {@code packagesToScan} of the bean definition ({@code org.openmrs} covers {@code org.openmrs.module.*}).
 */
public class HibernateSessionFactoryBean extends LocalSessionFactoryBean implements Integrator {

	protected Set<String> mappingResources = new HashSet<>();

	protected Set<String> packagesToScan = new HashSet<>();

	protected ChainingInterceptor chainingInterceptor = new ChainingInterceptor();

	@Autowired(required = false)
	public Map<String, Interceptor> interceptors = new HashMap<>();

	private Metadata metadata;

	@Override
	public void setMappingResources(String... mappingResources) {
		Collections.addAll(this.mappingResources, mappingResources);
		super.setMappingResources(this.mappingResources.toArray(new String[0]));
	}

	@Override
	public void setPackagesToScan(String... packagesToScan) {
		this.packagesToScan.addAll(Arrays.asList(packagesToScan));
		super.setPackagesToScan(this.packagesToScan.toArray(new String[0]));
	}

	@Override
	public void afterPropertiesSet() throws IOException {
		Properties config = getHibernateProperties();
		copyWithHibernatePrefix(Context.getConfigProperties(), config);
		copyWithHibernatePrefix(Context.getRuntimeProperties(), config);
		try (InputStream propertyStream = getClass().getResourceAsStream("/hibernate.default.properties")) {
			if (propertyStream != null) {
				Properties defaults = new Properties();
				defaults.load(propertyStream);
				// core's default cache.type "local": Infinispan's non-clustered region configuration
				defaults.put("hibernate.cache.infinispan.cfg",
				    "org/infinispan/hibernate/cache/commons/builder/infinispan-configs-local.xml");
				for (Map.Entry<Object, Object> prop : defaults.entrySet()) {
					config.putIfAbsent(prop.getKey(), prop.getValue());
				}
			}
		}
		List<String> keys = new ArrayList<>(interceptors.keySet());
		Collections.sort(keys);
		for (String key : keys) {
			chainingInterceptor.addInterceptor(interceptors.get(key));
		}
		setEntityInterceptor(chainingInterceptor);
		setHibernateIntegrators(this);
		super.afterPropertiesSet();
	}

	private static void copyWithHibernatePrefix(Properties from, Properties to) {
		for (Map.Entry<Object, Object> entry : from.entrySet()) {
			String prop = (String) entry.getKey();
			String value = (String) entry.getValue();
			to.setProperty(prop, value);
			if (!prop.startsWith("hibernate")) {
				to.setProperty("hibernate." + prop, value);
			}
		}
	}

	@Override
	public void integrate(Metadata metadata, SessionFactoryImplementor sessionFactory,
	        SessionFactoryServiceRegistry serviceRegistry) {
		this.metadata = metadata;
	}

	@Override
	public void disintegrate(SessionFactoryImplementor sessionFactory, SessionFactoryServiceRegistry serviceRegistry) {
	}

	public Metadata getMetadata() {
		return metadata;
	}
}
