package org.openmrs.module.boundaries.web.contactlog;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.BeforeEach;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.web.BoundariesWebTest;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The contact log's controller tests: the people of ContactLogWebTestData.xml ("doctor", "manager", "patient", all
 * with password "test"), their rows on Horatio's chart (patient 2), and a way to count what was written.
 */
abstract class ContactLogWebTest extends BoundariesWebTest {

	static final String HORATIO = "da7f524f-27ce-4bb2-86d6-6d1d05312bd5";

	static final String DOCTOR_PROVIDER = "c5000000-0000-0000-0000-000000005001";

	static final String COLLEAGUE_PROVIDER = "c5000000-0000-0000-0000-000000005002";

	static final String ROUTINE_CALL = "c7000000-0000-0000-0000-000000000001";

	static final String CONCERN = "c7000000-0000-0000-0000-000000000002";

	static final String VOIDED_ENTRY = "c7000000-0000-0000-0000-000000000003";

	static final String CHOCOLATES = "c8000000-0000-0000-0000-000000000001";

	static final String CASH = "c8000000-0000-0000-0000-000000000002";

	static final String UNKNOWN = "00000000-0000-0000-0000-000000000000";

	@BeforeEach
	public void loadContactLogData() {
		executeDataSet("org/openmrs/module/boundaries/web/contactlog/ContactLogWebTestData.xml");
	}

	SignedIn doctor() throws Exception {
		return signIn("doctor", "test");
	}

	SignedIn manager() throws Exception {
		return signIn("manager", "test");
	}

	SignedIn patient() throws Exception {
		return signIn("patient", "test");
	}

	/** Rows in a table, unvoided ones only, after writing out whatever the session holds. */
	int rows(String table) throws SQLException {
		Context.flushSession();
		try (Statement statement = getConnection().createStatement();
		        ResultSet result = statement.executeQuery("select count(*) from " + table + " where voided = false")) {
			result.next();
			return result.getInt(1);
		}
	}

	static ObjectNode object() {
		return JSON.createObjectNode();
	}
}
