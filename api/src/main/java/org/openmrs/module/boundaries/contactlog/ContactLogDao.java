package org.openmrs.module.boundaries.contactlog;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.openmrs.BaseOpenmrsData;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.Paging;

/**
 * Persistence of the contact and gift log. List queries fetch one page plus one row (see {@link Paging}) with what
 * the screens show fetched in the same statement.
 */
public interface ContactLogDao {

	<T extends BaseOpenmrsData> T save(T object);

	<T extends BaseOpenmrsData> Optional<T> getByUuid(Class<T> type, String uuid);

	/** Whether the row is already voided in the database; its lock is held to the end of the transaction. */
	boolean isVoidedLocking(BaseOpenmrsData row);

	List<ContactLogEntry> getContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter,
	        Paging paging);

	long countContactLogEntries(Patient patient, boolean includeVoided, ContactLogFilter filter);

	/** {@code policy} decides which gifts await declaration when only those are asked for. */
	List<GiftRecord> getGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly,
	        GiftPolicy policy, Paging paging);

	long countGiftRecords(Patient patient, boolean includeVoided, boolean awaitingDeclarationOnly, GiftPolicy policy);

	/**
	 * The summed value of the patient's received, unvoided gifts in one currency offered after {@code after} and up to
	 * {@code upTo}, leaving out the gifts with the given ids.
	 */
	BigDecimal getReceivedGiftTotal(Patient patient, String currency, Date after, Date upTo,
	        Collection<Integer> excludedGiftIds);

	/** The register's page; {@code policy} decides which gifts reach the threshold when the query asks for those only. */
	List<GiftRecord> getGiftRegister(GiftRegisterQuery query, GiftPolicy policy, Paging paging);

	/**
	 * At most {@code batch} of the register's gifts as the export's rows, in the register's order, after the given row
	 * (null: from the first): two statements, the gifts with the ids of the people they name, then those people's
	 * names. {@code policy} as for {@link #getGiftRegister}.
	 */
	List<GiftRegisterRow> getGiftRegisterRows(GiftRegisterQuery query, GiftPolicy policy, GiftRegisterRow after,
	        int batch);

	List<CareTransfer> getCareTransfers(Patient patient, boolean includeVoided, Paging paging);

	/** The unvoided transfer of care that wrote this entry, if any. */
	Optional<CareTransfer> getActiveCareTransferFor(ContactLogEntry entry);

	/** Rows of (provider id or null, concern kind, severity, count) for unvoided boundary concerns in the period. */
	List<Object[]> countConcerns(ReportPeriod period, Provider provider);

	List<Provider> getProviders(Collection<Integer> providerIds);
}
