package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.test.TestRoles;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;
import org.openmrs.util.PrivilegeConstants;
import org.springframework.validation.FieldError;

/**
 * The contact log's test data (see ContactLogTestData.xml) and the ways tests build rows and sign in. Tests run as
 * the platform's admin unless they sign in as one of the dataset's users, whose password is "test".
 */
abstract class ContactLogTestSupport extends BaseModuleContextSensitiveTest {

	static final String DATASET = "org/openmrs/module/boundaries/contactlog/ContactLogTestData.xml";

	static final int HORATIO = 2;

	static final int JOHNNY = 6;

	/** Patient 7 is also the person of the clinician "nurse-patient". */
	static final int COLLET = 7;

	static final int DOCTOR_PROVIDER = 5001;

	static final int COLLEAGUE_PROVIDER = 5002;

	static final String ROUTINE_CALL = "c7000000-0000-0000-0000-000000000001";

	static final String CONCERN = "c7000000-0000-0000-0000-000000000002";

	static final String VOIDED_ENTRY = "c7000000-0000-0000-0000-000000000003";

	ContactLogService service;

	@BeforeEach
	public void loadContactLogData() {
		TestRoles.commit(this);
		executeDataSet(DATASET);
		service = Context.getService(ContactLogService.class);
	}

	static void signInAs(String username) {
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials(username, "test"));
	}

	/** Patients and providers are looked up whoever is signed in, as the log's own look-ups do. */
	static Patient patient(int id) {
		return withProxy(PrivilegeConstants.GET_PATIENTS, () -> Context.getPatientService().getPatient(id));
	}

	static Provider provider(int id) {
		return withProxy(PrivilegeConstants.GET_PROVIDERS, () -> Context.getProviderService().getProvider(id));
	}

	private static <T> T withProxy(String privilege, Supplier<T> lookup) {
		Context.addProxyPrivilege(privilege);
		try {
			return lookup.get();
		}
		finally {
			Context.removeProxyPrivilege(privilege);
		}
	}

	static Date day(String yyyyMmDd) {
		try {
			return new SimpleDateFormat("yyyy-MM-dd").parse(yyyyMmDd);
		}
		catch (ParseException e) {
			throw new IllegalArgumentException(yyyyMmDd, e);
		}
	}

	/** A valid routine contact with Horatio, a minute ago, that tests then change. */
	static ContactLogEntry routineContact() {
		ContactLogEntry entry = new ContactLogEntry();
		entry.setPatient(patient(HORATIO));
		entry.setOccurredAt(new Date(System.currentTimeMillis() - 60_000L));
		entry.setDirection(ContactDirection.INBOUND);
		entry.setChannel(ContactChannel.CLINIC_PHONE);
		entry.setProvider(provider(DOCTOR_PROVIDER));
		entry.setCategory(ContactCategory.ROUTINE);
		entry.setSummary("Rang to ask for a repeat prescription");
		return entry;
	}

	/** A valid gift of flowers to the doctor, accepted, that tests then change. */
	static GiftRecord flowers(int patientId, String value, String offeredOn) {
		GiftRecord gift = new GiftRecord();
		gift.setPatient(patient(patientId));
		gift.setDescription("Flowers");
		gift.setKind(GiftKind.CONSUMABLE);
		gift.setEstimatedValue(new BigDecimal(value));
		gift.setCurrency("GBP");
		gift.setRecipientProvider(provider(DOCTOR_PROVIDER));
		gift.setDonor(GiftDonor.PATIENT);
		gift.setOfferedOn(day(offeredOn));
		gift.setDecision(GiftDecision.ACCEPTED);
		return gift;
	}

	static List<String> uuids(Page<? extends BaseOpenmrsData> page) {
		return page.getRows().stream().map(BaseOpenmrsData::getUuid).collect(Collectors.toList());
	}

	static String fieldOf(ValidationException e) {
		return e.getErrors().getFieldErrors().stream().map(FieldError::getField).collect(Collectors.joining(","));
	}
}
