package org.openmrs.module.boundaries.test;

import java.sql.SQLException;

import org.openmrs.test.jupiter.BaseContextSensitiveTest;

/**
 * The roles and privileges of the module's tests ({@value #DATASET}): the module's privileges, its ready-made roles as
 * the activator creates them, and roles that exist for the tests only. Feature data sets give them to their users
 * with {@code user_role} rows only.
 * <p>
 * OpenMRS 2.8.9 reads what a role grants by name in a transaction of its own (on a daemon thread, through its role
 * privilege cache), which never sees the test's own transaction: a role loaded there by {@code executeDataSet} grants
 * nothing. So these are committed before each test, as the platform commits its standard data set; they are the
 * same every time, and whatever the test itself writes is still rolled back.
 */
public final class TestRoles {

	public static final String DATASET = "org/openmrs/module/boundaries/test/TestRoles.xml";

	private TestRoles() {
	}

	/** Call first thing in a {@code @BeforeEach}, before the test's own data set. */
	public static void commit(BaseContextSensitiveTest test) {
		test.executeDataSet(DATASET);
		try {
			test.getConnection().commit();
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not commit the test roles", e);
		}
	}
}
