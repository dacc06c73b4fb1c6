package org.openmrs.module.boundaries.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.GlobalProperty;
import org.openmrs.api.AdministrationService;
import org.openmrs.api.context.Context;
import org.openmrs.api.db.hibernate.DbSessionFactory;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The settings messaging keeps in memory while the module runs, and when it forgets them. A value written with SQL,
 * behind the platform's back, shows whether a setting was read from memory or from the database.
 */
public class MessagingSettingsTest extends BaseModuleContextSensitiveTest {

	private static final String LIMIT = BoundariesConstants.GP_MESSAGE_MAX_LENGTH;

	@Autowired
	private DbSessionFactory sessionFactory;

	private AdministrationService administration;

	@BeforeEach
	public void theModuleIsRunning() {
		administration = Context.getAdministrationService();
		MessagingSettings.startCaching(administration);
	}

	@AfterEach
	public void theModuleStops() {
		MessagingSettings.stopCaching(administration);
	}

	@Test
	public void theSizeLimitIsReadOnceAndKeptInMemory() {
		assertEquals(BoundariesConstants.DEFAULT_MESSAGE_MAX_LENGTH, MessagingSettings.messageMaxLength());
		insertBehindThePlatformsBack(LIMIT, "400");
		assertEquals(BoundariesConstants.DEFAULT_MESSAGE_MAX_LENGTH, MessagingSettings.messageMaxLength());
	}

	@Test
	public void aSizeLimitSavedThroughThePlatformIsSeenAtOnce() {
		assertEquals(BoundariesConstants.DEFAULT_MESSAGE_MAX_LENGTH, MessagingSettings.messageMaxLength());
		administration.saveGlobalProperty(new GlobalProperty(LIMIT, "250"));
		assertEquals(250, MessagingSettings.messageMaxLength());
	}

	@Test
	public void aMailSettingPurgedThroughThePlatformIsForgotten() {
		insertBehindThePlatformsBack(MessagingNotifier.GP_MAIL_FROM, "clinic@example.org");
		assertEquals("clinic@example.org", MessagingSettings.globalProperty(MessagingNotifier.GP_MAIL_FROM));
		administration.purgeGlobalProperty(administration.getGlobalPropertyObject(MessagingNotifier.GP_MAIL_FROM));
		assertNull(MessagingSettings.globalProperty(MessagingNotifier.GP_MAIL_FROM));
	}

	@Test
	public void nothingIsKeptWhileAChangeIsUncommitted() {
		administration.saveGlobalProperty(new GlobalProperty(LIMIT, "250"));
		assertEquals(250, MessagingSettings.messageMaxLength());
		Context.flushSession();
		sessionFactory.getCurrentSession()
		        .createSQLQuery("update global_property set property_value = '260' where property = :name")
		        .setParameter("name", LIMIT).executeUpdate();
		Context.clearSession();
		assertEquals(260, MessagingSettings.messageMaxLength());
	}

	private void insertBehindThePlatformsBack(String name, String value) {
		sessionFactory.getCurrentSession()
		        .createSQLQuery("insert into global_property (property, property_value, uuid) values (:name, :value, :uuid)")
		        .setParameter("name", name).setParameter("value", value).setParameter("uuid", name + "-test")
		        .executeUpdate();
	}
}
