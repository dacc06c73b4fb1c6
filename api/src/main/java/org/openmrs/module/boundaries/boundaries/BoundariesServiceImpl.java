package org.openmrs.module.boundaries.boundaries;

import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.impl.BaseOpenmrsService;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.springframework.transaction.annotation.Transactional;

@Transactional
public class BoundariesServiceImpl extends BaseOpenmrsService implements BoundariesService {

	private BoundariesDao dao;

	public void setDao(BoundariesDao dao) {
		this.dao = dao;
	}

	@Override
	@Transactional(readOnly = true)
	public EffectiveBoundaries getEffectiveBoundaries(Provider provider) {
		BoundaryProfile organisationDefault = dao.getCurrentVersion(null);
		if (provider == null) {
			return EffectiveBoundaries.merge(null, organisationDefault, null);
		}
		return EffectiveBoundaries.merge(provider, dao.getCurrentVersion(provider), organisationDefault);
	}

	@Override
	@Transactional(readOnly = true)
	public List<EffectiveBoundaries> getEffectiveBoundaries(Collection<Provider> providers) {
		BoundaryProfile organisationDefault = dao.getCurrentVersion(null);
		Map<Integer, BoundaryProfile> own = dao.getCurrentVersions(providers).stream()
		        .collect(Collectors.toMap(profile -> profile.getProvider().getProviderId(), Function.identity()));
		return providers.stream()
		        .map(provider -> EffectiveBoundaries.merge(provider, own.get(provider.getProviderId()), organisationDefault))
		        .collect(Collectors.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public boolean needsAcknowledgement(Patient patient, Provider provider) {
		checkMayActFor(patient);
		EffectiveBoundaries boundaries = getEffectiveBoundaries(provider);
		return boundaries.hasBoundaries()
		        && !dao.getAcknowledgedVersions(patient, provider).contains(AcknowledgedVersions.shownIn(boundaries));
	}

	@Override
	@Transactional(readOnly = true)
	public Set<Provider> getProvidersNeedingAcknowledgement(Patient patient, Collection<Provider> providers) {
		checkMayActFor(patient);
		Set<AcknowledgedVersions> acknowledged = new HashSet<>(dao.getAcknowledgedVersions(patient, null));
		return getEffectiveBoundaries(providers).stream()
		        .filter(boundaries -> boundaries.hasBoundaries()
		                && !acknowledged.contains(AcknowledgedVersions.shownIn(boundaries)))
		        .map(EffectiveBoundaries::getProvider).collect(Collectors.toCollection(LinkedHashSet::new));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Provider> getProvidersAcceptingPortalMessages() {
		Map<Integer, ChannelStance> ownStances = dao.getCurrentPortalStances();
		BoundaryProfile organisationDefault = dao.getCurrentVersion(null);
		ChannelRule defaultRule = organisationDefault == null ? null : organisationDefault.getChannelRule(Channel.PORTAL);
		ChannelStance defaultStance = defaultRule == null ? null : defaultRule.getStance();
		return dao.getActiveProviders().stream()
		        .filter(provider -> ownStances.getOrDefault(provider.getProviderId(), defaultStance) != ChannelStance.NOT_ACCEPTED)
		        .collect(Collectors.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public BoundaryProfile getCurrentVersion(Provider provider) {
		return dao.getCurrentVersion(provider);
	}

	@Override
	@Transactional(readOnly = true)
	public BoundaryProfile getProfileByUuid(String uuid) {
		BoundaryProfile profile = dao.getProfileByUuid(uuid);
		if (profile == null || profile.isPublished() || mayEdit(profile.getProvider())) {
			return profile;
		}
		return null;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<BoundaryProfile> getPublishedVersions(Provider provider, Paging paging) {
		return Page.fromFetched(dao.getPublishedVersions(provider, paging), paging);
	}

	@Override
	@Transactional(readOnly = true)
	public BoundaryProfile getDraft(Provider provider) {
		checkMayEdit(provider);
		return dao.getDraft(provider);
	}

	@Override
	public BoundaryProfile saveBoundaryProfile(BoundaryProfile draft) {
		checkMayEdit(draft.getProvider());
		if (draft.isPublished()) {
			throw new ConflictException("A published version never changes: save a new draft and publish it");
		}
		if (draft.getId() != null) {
			throw new ConflictException("A saved draft is not updated: save a new draft, which replaces it");
		}
		BoundaryProfile previous = dao.getDraft(draft.getProvider());
		if (previous != null) {
			dao.deleteDraft(previous);
		}
		return dao.saveProfile(draft);
	}

	@Override
	public BoundaryProfile publishDraft(Provider provider) {
		checkMayEdit(provider);
		BoundaryProfile draft = dao.getDraft(provider);
		if (draft == null) {
			throw new ConflictException("There is no draft to publish");
		}
		BoundaryProfile published = draft.toPublishedVersion(dao.getLatestVersionNumber(provider) + 1, new Date());
		dao.deleteDraft(draft);
		return dao.saveProfile(published);
	}

	@Override
	public void discardDraft(Provider provider) {
		checkMayEdit(provider);
		BoundaryProfile draft = dao.getDraft(provider);
		if (draft == null) {
			throw new ObjectNotFoundException("There is no draft to discard");
		}
		dao.deleteDraft(draft);
	}

	@Override
	@Transactional(readOnly = true)
	public EffectiveBoundaries previewDraft(Provider provider) {
		checkMayEdit(provider);
		BoundaryProfile draft = dao.getDraft(provider);
		BoundaryProfile shown = draft != null ? draft : dao.getCurrentVersion(provider);
		if (provider == null) {
			return EffectiveBoundaries.merge(null, shown, null);
		}
		return EffectiveBoundaries.merge(provider, shown, dao.getCurrentVersion(null));
	}

	@Override
	public Acknowledgement saveAcknowledgement(Acknowledgement acknowledgement) {
		if (acknowledgement.getId() != null) {
			throw new ConflictException("An acknowledgement never changes: void it and record a new one");
		}
		checkMayRecord(acknowledgement);
		Provider provider = acknowledgement.getProvider();
		BoundaryProfile own = dao.getCurrentVersion(provider);
		BoundaryProfile organisationDefault = dao.getCurrentVersion(null);
		EffectiveBoundaries shown = EffectiveBoundaries.merge(provider, own, organisationDefault);
		if (!shown.hasBoundaries()) {
			throw new ConflictException("This provider has no published boundaries to acknowledge");
		}
		acknowledgement.recordVersions(shown.getProfileUuid() == null ? null : own,
		    shown.getDefaultProfileUuid() == null ? null : organisationDefault, new Date());
		return dao.saveAcknowledgement(acknowledgement);
	}

	/** A patient acknowledges for themself through the portal; staff record an acknowledgement made in clinic. */
	private void checkMayRecord(Acknowledgement acknowledgement) {
		if (CurrentUser.isPerson(acknowledgement.getPatient())) {
			if (acknowledgement.getMethod() != AcknowledgementMethod.PORTAL) {
				throw new InvalidRequestException("method", "A patient acknowledges through the portal");
			}
			return;
		}
		if (!Context.hasPrivilege(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)) {
			throw new APIAuthenticationException("Only staff may record an acknowledgement for another patient");
		}
		if (acknowledgement.getMethod() != AcknowledgementMethod.IN_CLINIC) {
			throw new InvalidRequestException("method", "Staff record acknowledgements made in clinic");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Acknowledgement> getAcknowledgements(Patient patient, Paging paging) {
		checkMayActFor(patient);
		return Page.fromFetched(dao.getAcknowledgements(patient, paging), paging);
	}

	@Override
	@Transactional(readOnly = true)
	public Acknowledgement getAcknowledgementByUuid(String uuid) {
		Acknowledgement acknowledgement = dao.getAcknowledgementByUuid(uuid);
		if (acknowledgement != null) {
			checkMayActFor(acknowledgement.getPatient());
		}
		return acknowledgement;
	}

	@Override
	public Acknowledgement voidAcknowledgement(Acknowledgement acknowledgement, String reason) {
		return dao.saveAcknowledgement(acknowledgement);
	}

	/** The patient themself, or staff. */
	private static void checkMayActFor(Patient patient) {
		if (patient == null) {
			throw new InvalidRequestException("patient", "A patient is required");
		}
		if (!CurrentUser.isPerson(patient) && !isStaff()) {
			throw new APIAuthenticationException("A patient may only see their own acknowledgements");
		}
	}

	private static boolean isStaff() {
		return Context.hasPrivilege(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES)
		        || Context.hasPrivilege(BoundariesConstants.PRIV_EDIT_OWN_BOUNDARIES)
		        || Context.hasPrivilege(BoundariesConstants.PRIV_MANAGE_ORGANISATION_BOUNDARIES);
	}

	/** Managers edit any profile and the organisation default; a provider edits their own. */
	private static boolean mayEdit(Provider provider) {
		if (Context.hasPrivilege(BoundariesConstants.PRIV_MANAGE_ORGANISATION_BOUNDARIES)) {
			return true;
		}
		return provider != null && Context.hasPrivilege(BoundariesConstants.PRIV_EDIT_OWN_BOUNDARIES)
		        && CurrentUser.isPerson(provider.getPerson());
	}

	private static void checkMayEdit(Provider provider) {
		if (!mayEdit(provider)) {
			throw new APIAuthenticationException(provider == null
			        ? "Only those who manage the organisation's boundaries may edit its default"
			        : "Only the provider themself or a manager may edit these boundaries");
		}
	}
}
