package org.openmrs.module.boundaries.contactlog;

/**
 * Told of every saved {@link CareTransfer}, inside the transaction that saves it, so that whatever else follows the
 * patient to the new provider (their portal threads) moves with it or not at all. Implement it as a Spring bean;
 * {@link ContactLogService#saveCareTransfer} finds every such bean through
 * {@code Context.getRegisteredComponents(CareTransferListener.class)}.
 */
public interface CareTransferListener {

	/** Called after the transfer and its contact-log entry are saved; an exception undoes the whole transfer. */
	void careTransferred(CareTransfer transfer);
}
