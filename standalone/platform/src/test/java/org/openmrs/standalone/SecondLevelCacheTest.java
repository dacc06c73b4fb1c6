package org.openmrs.standalone;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import org.hibernate.SessionFactory;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.spi.MetamodelImplementor;
import org.junit.jupiter.api.Test;
import org.openmrs.User;
import org.openmrs.notification.AlertRecipient;

/**
 * The stand-in keeps in Hibernate's second-level cache exactly what openmrs-core 2.8.9 keeps there, among the entities
 * and collections it maps (read from core's hbm files and annotations): a module that counts on the cache, or on its
 * absence, behaves on the stand-in as on the real platform, and its figures predict the real ones.
 */
public class SecondLevelCacheTest {

	/** Core 2.8.9: {@code <cache usage="read-write"/>} or {@code @Cache(READ_WRITE)} on each of these. */
	private static final Set<String> CACHED_BY_CORE = new TreeSet<>(Arrays.asList("org.openmrs.GlobalProperty",
	    "org.openmrs.Person", "org.openmrs.Patient", "org.openmrs.Person.names", "org.openmrs.Person.addresses",
	    "org.openmrs.Person.attributes", "org.openmrs.PersonName", "org.openmrs.PersonAddress",
	    "org.openmrs.PersonAttribute", "org.openmrs.Privilege", "org.openmrs.Role", "org.openmrs.Role.privileges",
	    "org.openmrs.Role.inheritedRoles", "org.openmrs.Role.childRoles", "org.openmrs.User", "org.openmrs.User.roles"));

	@Test
	public void cachesWhatCoreCachesAndNothingElse() {
		StandardServiceRegistry registry = new StandardServiceRegistryBuilder().configure("hibernate.cfg.xml")
		        .applySetting(AvailableSettings.URL, "jdbc:h2:mem:secondlevelcache;DB_CLOSE_DELAY=-1;USER=sa")
		        .applySetting("hibernate.cache.use_second_level_cache", "true")
		        .applySetting("hibernate.cache.region.factory_class", "infinispan")
		        .applySetting("hibernate.cache.infinispan.cfg",
		            "org/infinispan/hibernate/cache/commons/builder/infinispan-configs-local.xml")
		        .build();
		MetadataSources sources = new MetadataSources(registry);
		sources.addAnnotatedClass(User.class);
		sources.addAnnotatedClass(AlertRecipient.class);
		try (SessionFactory sessionFactory = sources.buildMetadata().buildSessionFactory()) {
			MetamodelImplementor metamodel = sessionFactory.unwrap(SessionFactoryImplementor.class).getMetamodel();
			Set<String> cached = new TreeSet<>();
			metamodel.entityPersisters().forEach((name, persister) -> {
				if (persister.canReadFromCache()) {
					cached.add(name);
				}
			});
			metamodel.collectionPersisters().forEach((role, persister) -> {
				if (persister.hasCache()) {
					cached.add(role);
				}
			});
			assertEquals(CACHED_BY_CORE, cached);
		}
		finally {
			StandardServiceRegistryBuilder.destroy(registry);
		}
	}
}
