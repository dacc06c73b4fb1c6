package org.openmrs.module.boundaries.contactlog;

import java.util.List;
import java.util.Optional;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.annotation.Authorized;
import org.openmrs.api.OpenmrsService;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;

/**
 * The contact and gift log on a patient's chart, transfers of care, and the managers' reports across patients.
 * Nothing here is ever deleted or changed: entries are voided with a reason and corrected by new entries. Voided rows
 * are only visible to holders of the void privilege. No patient holds any of these privileges, and a member of staff
 * who is also a patient cannot reach their own chart's log.
 */
public interface ContactLogService extends OpenmrsService {

	// ----- contacts

	/** The entry, or empty if there is none or it is voided and the caller may not see voided entries. */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	Optional<ContactLogEntry> getContactLogEntryByUuid(String uuid);

	/**
	 * A patient's entries that pass the filter, newest first; voided ones too when asked, which needs the void
	 * privilege.
	 */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	Page<ContactLogEntry> getContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter,
	        Paging paging);

	/** How many entries {@link #getContactLogEntries} lists over all its pages. */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	long countContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter);

	/** Adds a new entry to a patient's log. Entries are append-only: an entry already saved cannot be saved again. */
	@Authorized(BoundariesConstants.PRIV_ADD_CONTACT_LOG)
	ContactLogEntry saveContactLogEntry(ContactLogEntry entry);

	/** Adds {@code correction} as a new entry correcting {@code original}, and voids the original with the reason. */
	@Authorized(value = { BoundariesConstants.PRIV_ADD_CONTACT_LOG,
	        BoundariesConstants.PRIV_VOID_CONTACT_LOG }, requireAll = true)
	ContactLogEntry correctContactLogEntry(ContactLogEntry original, ContactLogEntry correction, String reason);

	/** Voids an entry; the reason is required. An entry written by a transfer of care is voided with the transfer. */
	@Authorized(BoundariesConstants.PRIV_VOID_CONTACT_LOG)
	ContactLogEntry voidContactLogEntry(ContactLogEntry entry, String reason);

	// ----- gifts

	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	Optional<GiftRecord> getGiftRecordByUuid(String uuid);

	/**
	 * A patient's gifts, most recently offered first; voided ones too when asked, which needs the void privilege; only
	 * those awaiting declaration (at or over the threshold on their own and not yet declared) when asked.
	 */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	Page<GiftRecord> getGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly,
	        Paging paging);

	/** How many gifts {@link #getGiftRecords} lists over all its pages. */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	long countGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly);

	/** Records a new gift; like contacts, gifts are append-only. */
	@Authorized(BoundariesConstants.PRIV_ADD_CONTACT_LOG)
	GiftRecord saveGiftRecord(GiftRecord gift);

	@Authorized(value = { BoundariesConstants.PRIV_ADD_CONTACT_LOG,
	        BoundariesConstants.PRIV_VOID_CONTACT_LOG }, requireAll = true)
	GiftRecord correctGiftRecord(GiftRecord original, GiftRecord correction, String reason);

	@Authorized(BoundariesConstants.PRIV_VOID_CONTACT_LOG)
	GiftRecord voidGiftRecord(GiftRecord gift, String reason);

	/** The practice's gift rules as the global properties set them now. */
	@Authorized({ BoundariesConstants.PRIV_VIEW_CONTACT_LOG, BoundariesConstants.PRIV_VIEW_GIFT_REGISTER })
	GiftPolicy getGiftPolicy();

	/**
	 * What the gift rules say about a gift, saved or not: it needs at least its patient, value, currency, kind and
	 * offered date. The running total counts received gifts on the same chart in the 12 months up to the offer.
	 */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	GiftAssessment assessGift(GiftRecord gift);

	/** Gifts across all patients for the register, most recently offered first. */
	@Authorized(BoundariesConstants.PRIV_VIEW_GIFT_REGISTER)
	Page<GiftRecord> getGiftRegister(GiftRegisterQuery query, Paging paging);

	/**
	 * The register's gifts for an export that writes them as it reads them: the next
	 * {@value org.openmrs.module.boundaries.api.Paging#EXPORT_BATCH} after the given row (null: from the first), in
	 * the register's order, as names and values; an empty list after the last. A few statements a batch.
	 */
	@Authorized(BoundariesConstants.PRIV_VIEW_GIFT_REGISTER)
	List<GiftRegisterRow> getGiftRegisterRows(GiftRegisterQuery query, GiftRegisterRow after);

	// ----- transfers of care

	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	Optional<CareTransfer> getCareTransferByUuid(String uuid);

	/** A patient's transfers of care, most recent first; voided ones too when asked (void privilege). */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	Page<CareTransfer> getCareTransfers(Patient patient, boolean includeVoided, Paging paging);

	/**
	 * Records a new transfer of care, writes its entry (category CARE_TRANSFER) in the patient's contact log, then
	 * calls every {@link CareTransferListener} bean, all in one transaction.
	 */
	@Authorized(BoundariesConstants.PRIV_ADD_CONTACT_LOG)
	CareTransfer saveCareTransfer(CareTransfer transfer);

	/** Voids a transfer recorded in error together with its contact-log entry. Listeners are not called again. */
	@Authorized(BoundariesConstants.PRIV_VOID_CONTACT_LOG)
	CareTransfer voidCareTransfer(CareTransfer transfer, String reason);

	// ----- reports

	/** Boundary concerns that occurred in the period, counted by provider and kind, optionally for one provider. */
	@Authorized(BoundariesConstants.PRIV_VIEW_GIFT_REGISTER)
	List<ConcernReportRow> getConcernReport(ReportPeriod period, Provider provider);

	// ----- the people the log refers to, for those who may read it

	@Authorized({ BoundariesConstants.PRIV_VIEW_CONTACT_LOG, BoundariesConstants.PRIV_VIEW_GIFT_REGISTER })
	Optional<Patient> findPatient(String uuid);

	/** Patients whose name or identifier matches, for opening a chart's log. */
	@Authorized(BoundariesConstants.PRIV_VIEW_CONTACT_LOG)
	List<Patient> searchPatients(String query, int limit);

	@Authorized({ BoundariesConstants.PRIV_VIEW_CONTACT_LOG, BoundariesConstants.PRIV_VIEW_GIFT_REGISTER })
	Optional<Provider> findProvider(String uuid);

	/** Providers (not retired) whose name or identifier matches, for the forms' pickers. */
	@Authorized({ BoundariesConstants.PRIV_VIEW_CONTACT_LOG, BoundariesConstants.PRIV_VIEW_GIFT_REGISTER })
	List<Provider> searchProviders(String query, int limit);

	@Authorized({ BoundariesConstants.PRIV_VIEW_CONTACT_LOG, BoundariesConstants.PRIV_VIEW_GIFT_REGISTER })
	Optional<User> findUser(String uuid);
}
