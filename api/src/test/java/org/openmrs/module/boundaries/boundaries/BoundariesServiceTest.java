package org.openmrs.module.boundaries.boundaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.lang3.reflect.FieldUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.ValidationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.context.UsernamePasswordCredentials;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.test.TestRoles;
import org.openmrs.test.jupiter.BaseModuleContextSensitiveTest;

public class BoundariesServiceTest extends BaseModuleContextSensitiveTest {

	private static final String DATASET = "org/openmrs/module/boundaries/boundaries/BoundariesDataset.xml";

	private static final String DEFAULT_V1 = "00009901-0000-4000-8000-0000000000f0";

	private static final String DOCTOR_V2 = "00009903-0000-4000-8000-0000000000f0";

	private static final String DOCTOR_DRAFT = "00009904-0000-4000-8000-0000000000f0";

	private static final String PATIENT_ACKNOWLEDGEMENT = "00009921-0000-4000-8000-0000000000d0";

	private BoundariesService service;

	private Provider doctor;

	private Provider doctor2;

	private Provider retired;

	private Provider withoutProfile;

	private Patient patient;

	private Patient patient2;

	@BeforeEach
	public void loadDataset() throws Exception {
		TestRoles.commit(this);
		executeDataSet(DATASET);
		service = Context.getService(BoundariesService.class);
		doctor = Context.getProviderService().getProvider(9001);
		doctor2 = Context.getProviderService().getProvider(9002);
		retired = Context.getProviderService().getProvider(9005);
		withoutProfile = Context.getProviderService().getProvider(9007);
		patient = Context.getPatientService().getPatient(9003);
		patient2 = Context.getPatientService().getPatient(9004);
	}

	private static void signInAs(String username) {
		Context.logout();
		Context.authenticate(new UsernamePasswordCredentials(username, "test"));
	}

	private static BoundaryProfile draftWithNote(Provider provider, String note) {
		BoundaryProfile draft = BoundaryProfile.draftFor(provider);
		draft.setPersonalNote(note);
		return draft;
	}

	// Reading published boundaries

	@Test
	public void effectiveBoundariesAreTheProvidersCurrentVersionMergedWithTheDefault() {
		EffectiveBoundaries boundaries = service.getEffectiveBoundaries(doctor);
		assertEquals(Integer.valueOf(2), boundaries.getVersion());
		assertEquals(DOCTOR_V2, boundaries.getProfileUuid());
		assertEquals(ChannelStance.LIMITED, boundaries.getChannelStance(Channel.PORTAL));
		assertEquals("No gifts above 20 GBP", boundaries.getGiftPolicy());
		assertTrue(boundaries.isInherited("giftPolicy"));
		assertFalse(boundaries.isInherited("personalNote"));
		assertEquals(Integer.valueOf(1), boundaries.getDefaultVersion());
	}

	@Test
	public void aProviderWithoutAPublishedVersionGetsTheOrganisationDefault() {
		EffectiveBoundaries boundaries = service.getEffectiveBoundaries(withoutProfile);
		assertNull(boundaries.getVersion());
		assertEquals(DEFAULT_V1, boundaries.getDefaultProfileUuid());
		assertEquals("Call 999", boundaries.getEmergencyInstructions());
		assertEquals(ChannelStance.WELCOME, boundaries.getChannelStance(Channel.PORTAL));
	}

	@Test
	public void aDraftIsNeverShownToPatients() {
		signInAs("patient");
		assertEquals("Hello", service.getEffectiveBoundaries(doctor).getPersonalNote());
		assertNull(service.getProfileByUuid(DOCTOR_DRAFT));
		assertNotNull(service.getProfileByUuid(DOCTOR_V2));
	}

	@Test
	public void aPortalPatientMayReadProvidersBoundaries() {
		signInAs("patient");
		assertEquals(Integer.valueOf(2), service.getEffectiveBoundaries(doctor).getVersion());
	}

	@Test
	public void aUserWithoutTheModulesPrivilegesMayNotReadBoundaries() {
		signInAs("plain");
		assertThrows(APIAuthenticationException.class, () -> service.getEffectiveBoundaries(doctor));
	}

	@Test
	public void effectiveBoundariesOfSeveralProvidersComeInTheOrderAsked() {
		List<EffectiveBoundaries> all = service.getEffectiveBoundaries(Arrays.asList(withoutProfile, doctor, doctor2));
		assertEquals(Arrays.asList(withoutProfile, doctor, doctor2),
		    all.stream().map(EffectiveBoundaries::getProvider).collect(Collectors.toList()));
		assertEquals(ChannelStance.NOT_ACCEPTED, all.get(2).getChannelStance(Channel.PORTAL));
		assertNull(all.get(0).getVersion());
	}

	@Test
	public void patientsChooseAmongActiveProvidersWhoAcceptThePortal() {
		signInAs("patient");
		List<Provider> providers = service.getProvidersAcceptingPortalMessages();
		assertTrue(providers.contains(doctor), "portal limited");
		assertTrue(providers.contains(withoutProfile), "portal welcome by default");
		assertFalse(providers.contains(doctor2), "portal not accepted");
		assertFalse(providers.contains(retired), "retired");
	}

	@Test
	public void theHistoryListsPublishedVersionsNewestFirst() {
		Page<BoundaryProfile> first = service.getPublishedVersions(doctor, Paging.first(1));
		assertEquals(Integer.valueOf(2), first.getRows().get(0).getVersion());
		assertTrue(first.hasMore());
		Page<BoundaryProfile> second = service.getPublishedVersions(doctor, Paging.of(1, 1));
		assertEquals(Integer.valueOf(1), second.getRows().get(0).getVersion());
		assertFalse(second.hasMore());
	}

	// Drafts and publishing

	@Test
	public void aClinicianSavesANewDraftThatReplacesTheirPreviousOne() {
		signInAs("doctor");
		BoundaryProfile saved = service.saveBoundaryProfile(draftWithNote(doctor, "New draft"));
		assertNotNull(saved.getCreator());
		Context.flushSession();
		Context.clearSession();
		assertEquals("New draft", service.getDraft(doctor).getPersonalNote());
		assertNull(service.getProfileByUuid(DOCTOR_DRAFT));
	}

	@Test
	public void aClinicianCannotSeeOrEditAnotherProvidersDraft() {
		signInAs("doctor2");
		assertThrows(APIAuthenticationException.class, () -> service.getDraft(doctor));
		assertThrows(APIAuthenticationException.class, () -> service.saveBoundaryProfile(draftWithNote(doctor, "x")));
		assertThrows(APIAuthenticationException.class, () -> service.publishDraft(doctor));
		assertThrows(APIAuthenticationException.class, () -> service.discardDraft(doctor));
		assertNull(service.getProfileByUuid(DOCTOR_DRAFT));
	}

	@Test
	public void aClinicianCannotEditTheOrganisationDefault() {
		signInAs("doctor");
		assertThrows(APIAuthenticationException.class, () -> service.saveBoundaryProfile(draftWithNote(null, "x")));
		assertThrows(APIAuthenticationException.class, () -> service.publishDraft(null));
	}

	@Test
	public void aPatientCannotEditBoundaries() {
		signInAs("patient");
		assertThrows(APIAuthenticationException.class, () -> service.saveBoundaryProfile(draftWithNote(doctor, "x")));
	}

	@Test
	public void aManagerEditsAndPublishesTheOrganisationDefault() {
		signInAs("manager");
		service.saveBoundaryProfile(draftWithNote(null, "From the practice"));
		BoundaryProfile published = service.publishDraft(null);
		assertEquals(Integer.valueOf(2), published.getVersion());
		assertTrue(published.isOrganisationDefault());
		assertEquals("From the practice", service.getEffectiveBoundaries(withoutProfile).getPersonalNote());
	}

	@Test
	public void aManagerMayEditAnyProvidersDraft() {
		signInAs("manager");
		assertEquals("Draft note", service.getDraft(doctor).getPersonalNote());
		service.saveBoundaryProfile(draftWithNote(doctor, "Edited by the practice manager"));
	}

	@Test
	public void publishingMakesTheDraftTheNextVersionAndRemovesTheDraft() {
		signInAs("doctor");
		BoundaryProfile published = service.publishDraft(doctor);
		assertEquals(Integer.valueOf(3), published.getVersion());
		assertNotNull(published.getPublishedDate());
		Context.flushSession();
		Context.clearSession();
		assertNull(service.getDraft(doctor));
		EffectiveBoundaries boundaries = service.getEffectiveBoundaries(doctor);
		assertEquals(Integer.valueOf(3), boundaries.getVersion());
		assertEquals("Draft note", boundaries.getPersonalNote());
		assertEquals(ChannelStance.WELCOME, boundaries.getChannelStance(Channel.PORTAL));
	}

	@Test
	public void publishingWithoutADraftIsAConflict() {
		signInAs("doctor2");
		assertThrows(ConflictException.class, () -> service.publishDraft(doctor2));
	}

	@Test
	public void aPublishedVersionIsNeverSavedAgain() {
		signInAs("doctor");
		BoundaryProfile current = service.getCurrentVersion(doctor);
		assertThrows(ConflictException.class, () -> service.saveBoundaryProfile(current));
	}

	@Test
	public void aPublishedRowIsUnchangedInTheDatabaseEvenIfItsObjectIsAlteredInTheSession() throws Exception {
		BoundaryProfile current = service.getCurrentVersion(doctor);
		FieldUtils.writeField(current, "personalNote", "Tampered", true);
		FieldUtils.writeField(current, "publishedDate", null, true);
		Context.flushSession();
		Context.clearSession();
		List<Map<String, Object>> rows = rowsOf("select personal_note, date_published from boundaries_profile where uuid = '" + DOCTOR_V2 + "'");
		assertEquals("Hello", rows.get(0).get("PERSONAL_NOTE"));
		assertNotNull(rows.get(0).get("DATE_PUBLISHED"));
	}

	private List<Map<String, Object>> rowsOf(String sql) throws Exception {
		try (Statement statement = getConnection().createStatement();
		        ResultSet results = statement.executeQuery(sql)) {
			List<Map<String, Object>> rows = new ArrayList<>();
			while (results.next()) {
				Map<String, Object> row = new HashMap<>();
				for (int i = 1; i <= results.getMetaData().getColumnCount(); i++) {
					row.put(results.getMetaData().getColumnLabel(i).toUpperCase(), results.getObject(i));
				}
				rows.add(row);
			}
			return rows;
		}
	}

	@Test
	public void discardingADraftLeavesThePublishedVersionsAlone() {
		signInAs("doctor");
		service.discardDraft(doctor);
		assertNull(service.getDraft(doctor));
		assertEquals(Integer.valueOf(2), service.getCurrentVersion(doctor).getVersion());
	}

	@Test
	public void thePreviewShowsTheDraftAsPatientsWillSeeIt() {
		signInAs("doctor");
		EffectiveBoundaries preview = service.previewDraft(doctor);
		assertTrue(preview.isPreview());
		assertEquals("Draft note", preview.getPersonalNote());
		assertEquals("No gifts above 20 GBP", preview.getGiftPolicy());
		assertTrue(preview.isInherited("giftPolicy"));
	}

	@Test
	public void aLimitedChannelWithoutANoteIsRefusedAndNothingIsWritten() {
		signInAs("doctor");
		BoundaryProfile draft = BoundaryProfile.draftFor(doctor);
		draft.addChannelRule(new ChannelRule(Channel.EMAIL, ChannelStance.LIMITED, " "));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveBoundaryProfile(draft));
		assertEquals("boundaries.error.channelRules.note.required",
		    refused.getErrors().getFieldError("channelRules[0].note").getCode());
		assertEquals("Draft note", service.getDraft(doctor).getPersonalNote());
	}

	@Test
	public void everyFieldIsValidated() {
		signInAs("doctor");
		BoundaryProfile draft = BoundaryProfile.draftFor(doctor);
		draft.setReplyTime(31, ReplyTimeUnit.WORKING_DAYS);
		draft.setWorkingHours(LocalTime.of(17, 0), LocalTime.of(9, 0));
		draft.setGiftPolicy(new String(new char[1001]).replace('\0', 'x'));
		draft.addChannelRule(new ChannelRule(Channel.SMS, ChannelStance.WELCOME, null));
		draft.addChannelRule(new ChannelRule(Channel.SMS, null, null));
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveBoundaryProfile(draft));
		Set<String> fields = refused.getErrors().getFieldErrors().stream().map(e -> e.getField()).collect(Collectors.toSet());
		assertEquals(
		    new HashSet<>(Arrays.asList("replyTimeValue", "workingHoursEnd", "giftPolicy", "channelRules[1].channel",
		        "channelRules[1].stance")), fields);
	}

	@Test
	public void aReplyTimeNeedsBothANumberAndAUnit() {
		signInAs("doctor");
		BoundaryProfile draft = BoundaryProfile.draftFor(doctor);
		draft.setReplyTime(2, null);
		ValidationException refused = assertThrows(ValidationException.class, () -> service.saveBoundaryProfile(draft));
		assertNotNull(refused.getErrors().getFieldError("replyTimeUnit"));
	}

	// Acknowledgements

	@Test
	public void aPatientWhoAcknowledgedTheCurrentVersionIsNotAskedAgain() {
		signInAs("patient");
		assertFalse(service.needsAcknowledgement(patient, doctor));
	}

	@Test
	public void aPatientWhoAcknowledgedAnOlderVersionIsAskedAgain() {
		signInAs("patient2");
		assertTrue(service.needsAcknowledgement(patient2, doctor));
	}

	@Test
	public void publishingANewVersionAsksPatientsAgain() {
		signInAs("doctor");
		service.publishDraft(doctor);
		assertTrue(service.needsAcknowledgement(patient, doctor));
	}

	@Test
	public void aNewDefaultVersionAsksAgainWhereTheProviderInheritsFromIt() {
		signInAs("manager");
		service.saveBoundaryProfile(service.getCurrentVersion(null).copyAsDraft());
		service.publishDraft(null);
		assertTrue(service.needsAcknowledgement(patient, doctor));
	}

	@Test
	public void aPatientMayOnlyAskAboutThemself() {
		signInAs("patient");
		assertThrows(APIAuthenticationException.class, () -> service.needsAcknowledgement(patient2, doctor));
		assertThrows(APIAuthenticationException.class, () -> service.getAcknowledgements(patient2, Paging.first(10)));
		assertThrows(APIAuthenticationException.class,
		    () -> service.getProvidersNeedingAcknowledgement(patient2, Arrays.asList(doctor)));
	}

	@Test
	public void aPatientAcknowledgesThroughThePortal() {
		signInAs("patient2");
		Acknowledgement saved = service.saveAcknowledgement(new Acknowledgement(patient2, doctor, AcknowledgementMethod.PORTAL));
		assertEquals(Integer.valueOf(2), saved.getVersion());
		assertEquals(DOCTOR_V2, saved.getProfile().getUuid());
		assertEquals(DEFAULT_V1, saved.getDefaultProfile().getUuid());
		assertNotNull(saved.getDateAcknowledged());
		assertEquals("patient2", saved.getRecordedBy().getUsername());
		assertFalse(service.needsAcknowledgement(patient2, doctor));
	}

	@Test
	public void aPatientCannotAcknowledgeForAnotherPatient() {
		signInAs("patient2");
		assertThrows(APIAuthenticationException.class,
		    () -> service.saveAcknowledgement(new Acknowledgement(patient, doctor, AcknowledgementMethod.PORTAL)));
	}

	@Test
	public void aPatientCannotClaimAnAcknowledgementInClinic() {
		signInAs("patient2");
		assertThrows(InvalidRequestException.class,
		    () -> service.saveAcknowledgement(new Acknowledgement(patient2, doctor, AcknowledgementMethod.IN_CLINIC)));
	}

	@Test
	public void staffRecordAnAcknowledgementMadeInClinic() {
		signInAs("doctor");
		Acknowledgement saved = service
		        .saveAcknowledgement(new Acknowledgement(patient2, doctor, AcknowledgementMethod.IN_CLINIC));
		assertEquals("doctor", saved.getRecordedBy().getUsername());
		assertFalse(service.needsAcknowledgement(patient2, doctor));
	}

	@Test
	public void staffCannotRecordAPortalAcknowledgementForAPatient() {
		signInAs("doctor");
		assertThrows(InvalidRequestException.class,
		    () -> service.saveAcknowledgement(new Acknowledgement(patient2, doctor, AcknowledgementMethod.PORTAL)));
	}

	@Test
	public void anAcknowledgementWithoutAMethodIsRefused() {
		signInAs("patient2");
		assertThrows(ValidationException.class, () -> service.saveAcknowledgement(new Acknowledgement(patient2, doctor, null)));
	}

	@Test
	public void patientsNeedingToAcknowledgeAreFoundForManyProvidersAtOnce() {
		signInAs("patient");
		Set<Provider> needing = service.getProvidersNeedingAcknowledgement(patient,
		    Arrays.asList(doctor, doctor2, withoutProfile));
		assertEquals(new HashSet<>(Arrays.asList(doctor2, withoutProfile)), needing);
	}

	@Test
	public void aPatientSeesTheirOwnAcknowledgements() {
		signInAs("patient");
		Page<Acknowledgement> page = service.getAcknowledgements(patient, Paging.first(10));
		assertEquals(1, page.getRows().size());
		assertEquals(PATIENT_ACKNOWLEDGEMENT, page.getRows().get(0).getUuid());
		assertEquals("Amelia Hart", page.getRows().get(0).getProvider().getName());
	}

	@Test
	public void aPatientCannotOpenAnotherPatientsAcknowledgement() {
		signInAs("patient2");
		assertThrows(APIAuthenticationException.class, () -> service.getAcknowledgementByUuid(PATIENT_ACKNOWLEDGEMENT));
	}

	@Test
	public void voidingAnAcknowledgementAsksThePatientAgain() {
		signInAs("doctor");
		Acknowledgement acknowledgement = service.getAcknowledgementByUuid(PATIENT_ACKNOWLEDGEMENT);
		service.voidAcknowledgement(acknowledgement, "Recorded for the wrong patient");
		assertTrue(acknowledgement.getVoided());
		assertEquals("Recorded for the wrong patient", acknowledgement.getVoidReason());
		assertTrue(service.needsAcknowledgement(patient, doctor));
		assertTrue(service.getAcknowledgements(patient, Paging.first(10)).getRows().isEmpty());
	}

	@Test
	public void aPatientCannotVoidAnAcknowledgement() {
		signInAs("patient");
		Acknowledgement acknowledgement = service.getAcknowledgementByUuid(PATIENT_ACKNOWLEDGEMENT);
		assertThrows(APIAuthenticationException.class, () -> service.voidAcknowledgement(acknowledgement, "mine"));
	}
}
