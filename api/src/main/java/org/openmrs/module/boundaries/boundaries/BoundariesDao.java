package org.openmrs.module.boundaries.boundaries;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.module.boundaries.api.Paging;

/**
 * Persistence of boundary profiles and acknowledgements. Wherever a provider is taken, null stands for the
 * organisation default. Profiles come with their channel rules.
 */
public interface BoundariesDao {

	BoundaryProfile getProfileByUuid(String uuid);

	BoundaryProfile getDraft(Provider provider);

	/** The latest published version, or null when none was ever published. */
	BoundaryProfile getCurrentVersion(Provider provider);

	/** The latest published version of each of these providers that has one. */
	List<BoundaryProfile> getCurrentVersions(Collection<Provider> providers);

	/** The highest version number published so far, 0 when none. */
	int getLatestVersionNumber(Provider provider);

	/** Published versions, newest first; fetches one more than the page to tell whether another follows. */
	List<BoundaryProfile> getPublishedVersions(Provider provider, Paging paging);

	BoundaryProfile saveProfile(BoundaryProfile profile);

	void deleteDraft(BoundaryProfile draft);

	/** Provider id to the PORTAL stance of each provider whose latest published version sets one. */
	Map<Integer, ChannelStance> getCurrentPortalStances();

	/** Providers that are not retired and are a person (and so can sign in), with their names. */
	List<Provider> getActiveProviders();

	Acknowledgement saveAcknowledgement(Acknowledgement acknowledgement);

	Acknowledgement getAcknowledgementByUuid(String uuid);

	/** A patient's acknowledgements that are not voided, newest first, with providers and versions. */
	List<Acknowledgement> getAcknowledgements(Patient patient, Paging paging);

	/** What the patient's acknowledgements that are not voided cover; for one provider, or for all when null. */
	List<AcknowledgedVersions> getAcknowledgedVersions(Patient patient, Provider provider);
}
