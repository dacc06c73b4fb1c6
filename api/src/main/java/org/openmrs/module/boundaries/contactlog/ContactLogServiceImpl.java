package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.text.SimpleDateFormat;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.apache.commons.lang3.time.DateUtils;
import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.impl.BaseOpenmrsService;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.CoreColumns;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.util.PrivilegeConstants;
import org.springframework.transaction.annotation.Transactional;

@Transactional
public class ContactLogServiceImpl extends BaseOpenmrsService implements ContactLogService {

	/** The void_reason column's size. */
	static final int VOID_REASON_MAX_LENGTH = 255;

	private static final Runnable NO_MORE_CHECKS = () -> {
	};

	private final ContactLogDao dao;

	public ContactLogServiceImpl(ContactLogDao dao) {
		this.dao = dao;
	}

	// ----- contacts

	@Override
	@Transactional(readOnly = true)
	public Optional<ContactLogEntry> getContactLogEntryByUuid(String uuid) {
		return visible(dao.getByUuid(ContactLogEntry.class, uuid));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<ContactLogEntry> getContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter,
	        Paging paging) {
		requireMayRead(patient, includeVoided);
		return Page.fromFetched(dao.getContactLogEntries(patient, includeVoided, filter, paging), paging);
	}

	@Override
	@Transactional(readOnly = true)
	public long countContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter) {
		requireMayRead(patient, includeVoided);
		return dao.countContactLogEntries(patient, includeVoided, filter);
	}

	@Override
	public ContactLogEntry saveContactLogEntry(ContactLogEntry entry) {
		return saveNew(entry);
	}

	@Override
	public ContactLogEntry correctContactLogEntry(ContactLogEntry original, ContactLogEntry correction, String reason) {
		return correct(original, reason, () -> {
			correction.setCorrects(original);
			return self().saveContactLogEntry(correction);
		}, () -> self().voidContactLogEntry(original, reason));
	}

	@Override
	public ContactLogEntry voidContactLogEntry(ContactLogEntry entry, String reason) {
		return voidRow(entry, reason, () -> {
			if (dao.getActiveCareTransferFor(entry).isPresent()) {
				throw new ConflictException("This entry records a transfer of care: void the transfer instead");
			}
		});
	}

	// ----- gifts

	@Override
	@Transactional(readOnly = true)
	public Optional<GiftRecord> getGiftRecordByUuid(String uuid) {
		return visible(dao.getByUuid(GiftRecord.class, uuid));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<GiftRecord> getGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly,
	        Paging paging) {
		requireMayRead(patient, includeVoided);
		return Page.fromFetched(
		    dao.getGiftRecords(patient, includeVoided, awaitingDeclarationOnly, getGiftPolicy(), paging), paging);
	}

	@Override
	@Transactional(readOnly = true)
	public long countGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly) {
		requireMayRead(patient, includeVoided);
		return dao.countGiftRecords(patient, includeVoided, awaitingDeclarationOnly, getGiftPolicy());
	}

	@Override
	public GiftRecord saveGiftRecord(GiftRecord gift) {
		return saveNew(gift);
	}

	@Override
	public GiftRecord correctGiftRecord(GiftRecord original, GiftRecord correction, String reason) {
		return correct(original, reason, () -> {
			correction.setCorrects(original);
			return self().saveGiftRecord(correction);
		}, () -> self().voidGiftRecord(original, reason));
	}

	@Override
	public GiftRecord voidGiftRecord(GiftRecord gift, String reason) {
		return voidRow(gift, reason, NO_MORE_CHECKS);
	}

	@Override
	@Transactional(readOnly = true)
	public GiftPolicy getGiftPolicy() {
		Context.addProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		try {
			return GiftPolicy.fromGlobalProperties(Context.getAdministrationService());
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_GLOBAL_PROPERTIES);
		}
	}

	@Override
	@Transactional(readOnly = true)
	public GiftAssessment assessGift(GiftRecord gift) {
		if (gift.getPatient() == null || gift.getEstimatedValue() == null || gift.getOfferedOn() == null) {
			throw new InvalidRequestException("A gift is assessed by its patient, estimated value and date offered");
		}
		requireNotOwnChart(gift.getPatient());
		GiftPolicy policy = getGiftPolicy();
		String currency = StringUtils.defaultIfBlank(gift.getCurrency(), policy.getCurrency());
		Set<Integer> excluded = new HashSet<>();
		if (gift.getId() != null) {
			excluded.add(gift.getId());
		}
		if (gift.getCorrects() != null && gift.getCorrects().getId() != null) {
			excluded.add(gift.getCorrects().getId());
		}
		Date upTo = gift.getOfferedOn();
		BigDecimal total = dao.getReceivedGiftTotal(gift.getPatient(), policy.getCurrency(), DateUtils.addYears(upTo, -1),
		    upTo, excluded);
		boolean countsItself = (gift.getDecision() == null || gift.getDecision().isReceived())
		        && policy.getCurrency().equalsIgnoreCase(currency);
		if (countsItself) {
			total = total.add(gift.getEstimatedValue());
		}
		return new GiftAssessment(policy, policy.reachesThreshold(gift.getEstimatedValue(), currency), total,
		        total.compareTo(policy.getThreshold()) >= 0, policy.isRefuseCash() && gift.isCash());
	}

	@Override
	@Transactional(readOnly = true)
	public Page<GiftRecord> getGiftRegister(GiftRegisterQuery query, Paging paging) {
		return Page.fromFetched(dao.getGiftRegister(query, getGiftPolicy(), paging), paging);
	}

	@Override
	@Transactional(readOnly = true)
	public List<GiftRegisterRow> getGiftRegisterRows(GiftRegisterQuery query, GiftRegisterRow after) {
		// the policy's global properties matter only to a register of the gifts reaching its threshold
		GiftPolicy policy = query.isReachingThresholdOnly() ? getGiftPolicy() : null;
		return dao.getGiftRegisterRows(query, policy, after, Paging.EXPORT_BATCH);
	}

	// ----- transfers of care

	@Override
	@Transactional(readOnly = true)
	public Optional<CareTransfer> getCareTransferByUuid(String uuid) {
		return visible(dao.getByUuid(CareTransfer.class, uuid));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<CareTransfer> getCareTransfers(Patient patient, boolean includeVoided, Paging paging) {
		requireMayRead(patient, includeVoided);
		return Page.fromFetched(dao.getCareTransfers(patient, includeVoided, paging), paging);
	}

	@Override
	public CareTransfer saveCareTransfer(CareTransfer transfer) {
		requireNew(transfer);
		requireNotOwnChart(transfer.getPatient());
		transfer.setContactLogEntry(self().saveContactLogEntry(logEntryFor(transfer)));
		dao.save(transfer);
		for (CareTransferListener listener : Context.getRegisteredComponents(CareTransferListener.class)) {
			listener.careTransferred(transfer);
		}
		return transfer;
	}

	@Override
	public CareTransfer voidCareTransfer(CareTransfer transfer, String reason) {
		voidRow(transfer, reason, NO_MORE_CHECKS);
		ContactLogEntry entry = transfer.getContactLogEntry();
		if (entry != null && !entry.getVoided()) {
			self().voidContactLogEntry(entry, reason);
		}
		return transfer;
	}

	/** The entry a transfer writes in the log, its summary in the recording user's language. */
	private static ContactLogEntry logEntryFor(CareTransfer transfer) {
		ContactLogEntry entry = new ContactLogEntry();
		entry.setPatient(transfer.getPatient());
		entry.setOccurredAt(new Date());
		entry.setDirection(ContactDirection.OUTBOUND);
		entry.setChannel(transfer.isToldInWriting() ? ContactChannel.LETTER : ContactChannel.OTHER);
		entry.setCategory(ContactCategory.CARE_TRANSFER);
		entry.setProvider(transfer.getFromProvider());
		entry.setStaffUser(Context.getAuthenticatedUser());
		entry.setActions(EnumSet.of(ActionTaken.CARE_TRANSFERRED));
		String code = transfer.isEndsRelationship() ? "boundaries.contactlog.transfer.summary.ended"
		        : "boundaries.contactlog.transfer.summary";
		String effective = transfer.getEffectiveDate() == null ? ""
		        : new SimpleDateFormat("yyyy-MM-dd").format(transfer.getEffectiveDate());
		Object[] args = { Display.of(transfer.getFromProvider()), Display.of(transfer.getToProvider()), effective,
		        transfer.getReason() };
		String summary = Context.getMessageSourceService().getMessage(code, args,
		    "Care transferred from {0} to {1} from {2}. Reason: {3}", Context.getLocale());
		entry.setSummary(StringUtils.abbreviate(summary, ContactLogEntry.SUMMARY_MAX_LENGTH));
		return entry;
	}

	// ----- reports

	@Override
	@Transactional(readOnly = true)
	public List<ConcernReportRow> getConcernReport(ReportPeriod period, Provider provider) {
		List<Object[]> counts = dao.countConcerns(period, provider);
		Set<Integer> providerIds = counts.stream().map(row -> (Integer) row[0]).filter(Objects::nonNull)
		        .collect(Collectors.toSet());
		Map<Integer, Provider> providers = dao.getProviders(providerIds).stream()
		        .collect(Collectors.toMap(Provider::getId, Function.identity()));
		Map<String, ConcernReportRow> rows = new LinkedHashMap<>();
		for (Object[] count : counts) {
			Integer providerId = (Integer) count[0];
			ConcernKind kind = (ConcernKind) count[1];
			ConcernReportRow row = rows.computeIfAbsent(providerId + "/" + kind,
			    key -> new ConcernReportRow(providerId == null ? null : providers.get(providerId), kind));
			row.add((ConcernSeverity) count[2], ((Number) count[3]).longValue());
		}
		List<ConcernReportRow> report = new ArrayList<>(rows.values());
		report.sort(Comparator
		        .comparing((ConcernReportRow row) -> StringUtils.defaultString(Display.of(row.getProvider())),
		            String.CASE_INSENSITIVE_ORDER)
		        .thenComparing(ConcernReportRow::getKind));
		return report;
	}

	// ----- people

	@Override
	@Transactional(readOnly = true)
	public Optional<Patient> findPatient(String uuid) {
		if (!CoreColumns.couldHoldUuid(uuid)) {
			return Optional.empty();
		}
		return withProxy(PrivilegeConstants.GET_PATIENTS,
		    () -> Optional.ofNullable(Context.getPatientService().getPatientByUuid(uuid)).filter(p -> !p.getVoided()));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Patient> searchPatients(String query, int limit) {
		if (!CoreColumns.couldHold(query)) {
			return Collections.emptyList();
		}
		// The platform's search reads global properties (minimum search characters, match modes) as the caller
		return withProxy(() -> Context.getPatientService().getPatients(query, 0, limit), PrivilegeConstants.GET_PATIENTS,
		    PrivilegeConstants.GET_GLOBAL_PROPERTIES).stream().filter(patient -> !CurrentUser.isPerson(patient))
		            .collect(Collectors.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Provider> findProvider(String uuid) {
		if (!CoreColumns.couldHoldUuid(uuid)) {
			return Optional.empty();
		}
		return withProxy(PrivilegeConstants.GET_PROVIDERS,
		    () -> Optional.ofNullable(Context.getProviderService().getProviderByUuid(uuid)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Provider> searchProviders(String query, int limit) {
		if (!CoreColumns.couldHold(query)) {
			return Collections.emptyList();
		}
		return withProxy(() -> Context.getProviderService().getProviders(query, 0, limit, null, false),
		    PrivilegeConstants.GET_PROVIDERS, PrivilegeConstants.GET_GLOBAL_PROPERTIES);
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<User> findUser(String uuid) {
		if (!CoreColumns.couldHoldUuid(uuid)) {
			return Optional.empty();
		}
		return withProxy(PrivilegeConstants.GET_USERS,
		    () -> Optional.ofNullable(Context.getUserService().getUserByUuid(uuid)));
	}

	// ----- rules every method shares

	/** The service through its proxy, so that nested saves and voids get the platform's advice and checks. */
	private static ContactLogService self() {
		return Context.getService(ContactLogService.class);
	}

	private static <T> T withProxy(String privilege, Supplier<T> lookup) {
		return withProxy(lookup, privilege);
	}

	private static <T> T withProxy(Supplier<T> lookup, String... privileges) {
		for (String privilege : privileges) {
			Context.addProxyPrivilege(privilege);
		}
		try {
			return lookup.get();
		}
		finally {
			for (String privilege : privileges) {
				Context.removeProxyPrivilege(privilege);
			}
		}
	}

	private static <T extends BaseOpenmrsData & ChartRow> Optional<T> visible(Optional<T> found) {
		found.ifPresent(row -> requireNotOwnChart(row.getPatient()));
		return found.filter(row -> !row.getVoided() || maySeeVoided());
	}

	/** Adds a new row to a chart: the log is append-only. */
	private <T extends BaseOpenmrsData & ChartRow> T saveNew(T row) {
		requireNew(row);
		requireNotOwnChart(row.getPatient());
		return dao.save(row);
	}

	/** Saves the correction (through the service, so it is validated) and voids the original with the reason. */
	private static <T extends BaseOpenmrsData> T correct(T original, String reason, Supplier<T> saveCorrection,
	        Runnable voidOriginal) {
		requireVoidReason(reason);
		requireNotVoided(original);
		T saved = saveCorrection.get();
		voidOriginal.run();
		return saved;
	}

	/** Writes a void the platform has applied, once the checks pass (else the void is undone). */
	private <T extends BaseOpenmrsData & ChartRow> T voidRow(T row, String reason, Runnable moreChecks) {
		undoVoidUnless(row, () -> {
			if (dao.isVoidedLocking(row)) {
				throw new ConflictException("This has already been voided");
			}
			requireVoidReason(reason);
			requireNotOwnChart(row.getPatient());
			moreChecks.run();
		});
		return dao.save(row);
	}

	private static boolean maySeeVoided() {
		return Context.hasPrivilege(BoundariesConstants.PRIV_VOID_CONTACT_LOG);
	}

	private static void requireMayRead(Patient patient, boolean includeVoided) {
		if (includeVoided && !maySeeVoided()) {
			throw new APIAuthenticationException("Only holders of the void privilege may see voided entries");
		}
		requireNotOwnChart(patient);
	}

	/** Staff who are also patients of the practice do not read or write their own chart's log. */
	private static void requireNotOwnChart(Patient patient) {
		if (CurrentUser.isPerson(patient)) {
			throw new APIAuthenticationException("Nobody may reach the contact log of their own chart");
		}
	}

	private static void requireNew(BaseOpenmrsData data) {
		if (data.getId() != null) {
			throw new ConflictException("Log entries are never changed: void this one and add a correction");
		}
	}

	private static void requireNotVoided(BaseOpenmrsData data) {
		if (data.getVoided()) {
			throw new ConflictException("This entry is already voided");
		}
	}

	private static void requireVoidReason(String reason) {
		if (StringUtils.isBlank(reason)) {
			throw new InvalidRequestException("reason", "A reason is required to void an entry");
		}
		if (reason.length() > VOID_REASON_MAX_LENGTH) {
			throw new InvalidRequestException("reason",
			        "The reason must be at most " + VOID_REASON_MAX_LENGTH + " characters");
		}
	}

	/**
	 * The platform marks an object voided before a void method runs; when the method then refuses, the object is
	 * reloaded so that the refused void cannot reach the database with a later flush.
	 */
	private static void undoVoidUnless(BaseOpenmrsData data, Runnable checks) {
		try {
			checks.run();
		}
		catch (RuntimeException refused) {
			if (data.getId() != null) {
				Context.refreshEntity(data);
			}
			throw refused;
		}
	}
}
