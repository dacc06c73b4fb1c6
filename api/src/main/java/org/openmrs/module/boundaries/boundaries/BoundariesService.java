package org.openmrs.module.boundaries.boundaries;

import static org.openmrs.module.boundaries.BoundariesConstants.PRIV_EDIT_OWN_BOUNDARIES;
import static org.openmrs.module.boundaries.BoundariesConstants.PRIV_MANAGE_ORGANISATION_BOUNDARIES;
import static org.openmrs.module.boundaries.BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES;
import static org.openmrs.module.boundaries.BoundariesConstants.PRIV_USE_PORTAL;

import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.annotation.Authorized;
import org.openmrs.api.OpenmrsService;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;

/**
 * Provider boundaries: each provider's versioned profile, the organisation default it inherits from, and patients'
 * acknowledgements. Wherever a method takes a provider for a profile, null stands for the organisation default.
 * <p>
 * Published boundaries are what the clinic hands out in the waiting room: anyone with one of the module's
 * privileges may read them. Drafts are seen and changed only by their provider and by those who manage the
 * organisation's boundaries; the organisation default only by the latter. A patient reaches only their own
 * acknowledgements.
 */
public interface BoundariesService extends OpenmrsService {

	/**
	 * The provider's current published version merged field by field with the organisation default's current
	 * published version; a provider with no published version gets the default. For a null provider, the organisation
	 * default on its own.
	 */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	EffectiveBoundaries getEffectiveBoundaries(Provider provider);

	/** {@link #getEffectiveBoundaries(Provider)} for several providers at once, in the order given. */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	List<EffectiveBoundaries> getEffectiveBoundaries(Collection<Provider> providers);

	/**
	 * True when the provider has published boundaries (their own or the organisation default's) whose current
	 * versions the patient has not acknowledged. A patient may only ask about themself.
	 */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	boolean needsAcknowledgement(Patient patient, Provider provider);

	/** Those of the given providers for whom {@link #needsAcknowledgement(Patient, Provider)} is true. */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	Set<Provider> getProvidersNeedingAcknowledgement(Patient patient, Collection<Provider> providers);

	/**
	 * Providers a patient may choose to message: not retired, a person, and whose effective PORTAL stance is not
	 * NOT_ACCEPTED (a provider whose boundaries say nothing about the portal is included). Sorted by name.
	 */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	List<Provider> getProvidersAcceptingPortalMessages();

	/** The current published version of the provider's own profile (or of the default), or null when none. */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	BoundaryProfile getCurrentVersion(Provider provider);

	/** A published version, or a draft the caller may edit; null otherwise. */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	BoundaryProfile getProfileByUuid(String uuid);

	/** The published versions, newest first: the history. */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	Page<BoundaryProfile> getPublishedVersions(Provider provider, Paging paging);

	/** The provider's draft, or null when they have none. The provider themself or a manager. */
	@Authorized(value = { PRIV_EDIT_OWN_BOUNDARIES, PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	BoundaryProfile getDraft(Provider provider);

	/**
	 * Saves a new draft, replacing the provider's previous draft if any. Profiles are never updated: pass a new object
	 * (see {@link BoundaryProfile#draftFor} and {@link BoundaryProfile#copyAsDraft()}). The provider themself or a
	 * manager; the organisation default: a manager.
	 *
	 * @throws org.openmrs.module.boundaries.api.ConflictException for a published version or a saved object
	 */
	@Authorized(value = { PRIV_EDIT_OWN_BOUNDARIES, PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	BoundaryProfile saveBoundaryProfile(BoundaryProfile draft);

	/**
	 * Publishes the provider's draft as the next version: patients see it from now on, and must acknowledge it again.
	 *
	 * @throws org.openmrs.module.boundaries.api.ConflictException when there is no draft
	 */
	@Authorized(value = { PRIV_EDIT_OWN_BOUNDARIES, PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	BoundaryProfile publishDraft(Provider provider);

	/**
	 * Throws the provider's draft away.
	 *
	 * @throws org.openmrs.module.boundaries.api.ObjectNotFoundException when there is no draft
	 */
	@Authorized(value = { PRIV_EDIT_OWN_BOUNDARIES, PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	void discardDraft(Provider provider);

	/**
	 * The boundaries exactly as patients will see them once the draft is published (the current version when there is
	 * no draft), merged with the organisation default's published version.
	 */
	@Authorized(value = { PRIV_EDIT_OWN_BOUNDARIES, PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	EffectiveBoundaries previewDraft(Provider provider);

	/**
	 * Records that a patient read a provider's current boundaries. A patient records it for themself with method
	 * PORTAL; staff who manage portal messages record it for a patient with method IN_CLINIC. The service fills in the
	 * versions shown and the time.
	 *
	 * @throws org.openmrs.module.boundaries.api.ConflictException when the provider has no published boundaries, or
	 *             for an acknowledgement already saved (they are never changed: void and record anew)
	 */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES }, requireAll = false)
	Acknowledgement saveAcknowledgement(Acknowledgement acknowledgement);

	/** A patient's acknowledgements that are not voided, newest first: the patient themself or staff. */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	Page<Acknowledgement> getAcknowledgements(Patient patient, Paging paging);

	/** An acknowledgement, or null; the patient themself or staff. */
	@Authorized(value = { PRIV_USE_PORTAL, PRIV_MANAGE_PORTAL_MESSAGES, PRIV_EDIT_OWN_BOUNDARIES,
	        PRIV_MANAGE_ORGANISATION_BOUNDARIES }, requireAll = false)
	Acknowledgement getAcknowledgementByUuid(String uuid);

	/** Voids an acknowledgement recorded by mistake; the patient is then asked again. Needs a reason. */
	@Authorized(PRIV_MANAGE_PORTAL_MESSAGES)
	Acknowledgement voidAcknowledgement(Acknowledgement acknowledgement, String reason);
}
