package org.openmrs.module.boundaries.web.boundaries;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.boundaries.BoundariesService;
import org.openmrs.module.boundaries.boundaries.BoundaryProfile;
import org.openmrs.module.boundaries.boundaries.EffectiveBoundaries;
import org.openmrs.module.boundaries.web.Json;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Provider boundaries. The {@code provider} parameter is a provider uuid, or {@code default} for the organisation
 * default. Reading published boundaries is open to patients and staff; drafts, publishing and the preview to the
 * provider themself and to those who manage the organisation's boundaries.
 */
@RestController
@RequestMapping("/rest/v1/boundaries/profile")
public class BoundaryProfileController {

	private static BoundariesService service() {
		return Context.getService(BoundariesService.class);
	}

	/** The current published boundaries as patients see them, merged with the organisation default. */
	@GetMapping
	public Map<String, Object> published(@RequestParam String provider) {
		return BoundariesJson.effective(service().getEffectiveBoundaries(Lookups.providerOrDefault(provider)));
	}

	/** The providers a patient may choose to message, each with their portal rule and reply time. */
	@GetMapping("/providers")
	public Map<String, Object> providersAcceptingPortalMessages(@RequestParam(required = false) Integer startIndex,
	        @RequestParam(required = false) Integer limit, HttpServletRequest request) {
		Paging paging = Paging.of(startIndex, limit);
		List<Provider> pool = service().getProvidersAcceptingPortalMessages();
		int from = Math.min(paging.getStartIndex(), pool.size());
		Page<Provider> page = Page.fromFetched(pool.subList(from, Math.min(pool.size(), from + paging.getFetchSize())),
		    paging);
		Map<Provider, EffectiveBoundaries> boundaries = service().getEffectiveBoundaries(page.getRows()).stream()
		        .collect(Collectors.toMap(EffectiveBoundaries::getProvider, Function.identity()));
		Patient patient = CurrentUser.patient().orElse(null);
		Set<Provider> needing = patient == null ? null
		        : service().getProvidersNeedingAcknowledgement(patient, page.getRows());
		return Json.page(page.map(provider -> {
			Map<String, Object> row = BoundariesJson.effective(boundaries.get(provider));
			if (needing != null) {
				row.put("needsAcknowledgement", needing.contains(provider));
			}
			return row;
		}), request);
	}

	/** One version, or a draft the caller may edit. */
	@GetMapping("/{uuid}")
	public Map<String, Object> version(@PathVariable String uuid, @RequestParam(required = false) String v) {
		BoundaryProfile profile = service().getProfileByUuid(uuid);
		if (profile == null) {
			throw ObjectNotFoundException.of("boundaries profile", uuid);
		}
		return BoundariesJson.profile(profile, BoundariesJson.isFull(v), true);
	}

	/** The published versions, newest first. */
	@GetMapping("/history")
	public Map<String, Object> history(@RequestParam String provider, @RequestParam(required = false) Integer startIndex,
	        @RequestParam(required = false) Integer limit, @RequestParam(required = false) String v,
	        HttpServletRequest request) {
		boolean full = BoundariesJson.isFull(v);
		Page<BoundaryProfile> page = service().getPublishedVersions(Lookups.providerOrDefault(provider),
		    Paging.of(startIndex, limit));
		return Json.page(page.map(profile -> BoundariesJson.profile(profile, full, true)), request);
	}

	/**
	 * The draft to edit: the saved draft, else a new one copied from the current version (or empty), marked
	 * {@code "saved": false}.
	 */
	@GetMapping("/draft")
	public Map<String, Object> draft(@RequestParam String provider, @RequestParam(required = false) String v) {
		Provider owner = Lookups.providerOrDefault(provider);
		BoundaryProfile draft = service().getDraft(owner);
		if (draft != null) {
			return BoundariesJson.profile(draft, BoundariesJson.isFull(v), true);
		}
		BoundaryProfile current = service().getCurrentVersion(owner);
		BoundaryProfile start = current == null ? BoundaryProfile.draftFor(owner) : current.copyAsDraft();
		return BoundariesJson.profile(start, false, false);
	}

	/** Saves the draft, replacing the previous one. */
	@PutMapping(path = "/draft", consumes = MediaType.APPLICATION_JSON_VALUE)
	public Map<String, Object> saveDraft(@RequestParam String provider, @RequestBody ProfileRequest body) {
		BoundaryProfile draft = body.toDraft(Lookups.providerOrDefault(provider));
		return BoundariesJson.profile(service().saveBoundaryProfile(draft), false, true);
	}

	@DeleteMapping("/draft")
	public ResponseEntity<Void> discardDraft(@RequestParam String provider) {
		service().discardDraft(Lookups.providerOrDefault(provider));
		return ResponseEntity.noContent().build();
	}

	/** The draft exactly as patients will see it once published. */
	@GetMapping("/draft/preview")
	public Map<String, Object> preview(@RequestParam String provider) {
		return BoundariesJson.effective(service().previewDraft(Lookups.providerOrDefault(provider)));
	}

	/** Publishes the draft as the next version. */
	@PostMapping("/publish")
	public ResponseEntity<Map<String, Object>> publish(@RequestParam String provider) {
		BoundaryProfile published = service().publishDraft(Lookups.providerOrDefault(provider));
		return ResponseEntity.status(HttpStatus.CREATED).body(BoundariesJson.profile(published, false, true));
	}
}
