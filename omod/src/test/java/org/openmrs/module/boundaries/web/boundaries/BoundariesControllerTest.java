package org.openmrs.module.boundaries.web.boundaries;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.BeforeEach;
import org.openmrs.module.boundaries.web.BoundariesWebTest;
import org.springframework.test.web.servlet.ResultActions;

/** The boundaries dataset (see BoundariesDataset.xml) and the names of its people, for the controller tests. */
abstract class BoundariesControllerTest extends BoundariesWebTest {

	static final String DOCTOR = "00009001-0000-4000-8000-00000000000b";

	static final String DOCTOR2 = "00009002-0000-4000-8000-00000000000b";

	static final String WITHOUT_PROFILE = "00009007-0000-4000-8000-00000000000b";

	static final String PATIENT = "00009003-0000-4000-8000-000000000000";

	static final String PATIENT2 = "00009004-0000-4000-8000-000000000000";

	static final String DOCTOR_V2 = "00009903-0000-4000-8000-0000000000f0";

	static final String DOCTOR_DRAFT = "00009904-0000-4000-8000-0000000000f0";

	static final String PATIENT_ACKNOWLEDGEMENT = "00009921-0000-4000-8000-0000000000d0";

	static final String PASSWORD = "test";

	@BeforeEach
	public void loadBoundariesDataset() throws Exception {
		executeDataSet("org/openmrs/module/boundaries/boundaries/BoundariesDataset.xml");
	}

	SignedIn as(String username) throws Exception {
		return signIn(username, PASSWORD);
	}

	ResultActions getAs(SignedIn user, String uri) throws Exception {
		return mockMvc.perform(get(API + uri).session(user.session));
	}
}
