package org.openmrs.module.boundaries.boundaries;

import java.util.Objects;

/**
 * Which versions of a provider's boundaries one acknowledgement covers: the provider's own published version and the
 * organisation default's version merged in, each by uuid and either possibly null.
 */
public final class AcknowledgedVersions {

	private final Integer providerId;

	private final String profileUuid;

	private final String defaultProfileUuid;

	public AcknowledgedVersions(Integer providerId, String profileUuid, String defaultProfileUuid) {
		this.providerId = providerId;
		this.profileUuid = profileUuid;
		this.defaultProfileUuid = defaultProfileUuid;
	}

	/** The versions a patient sees now for the boundaries' provider. */
	public static AcknowledgedVersions shownIn(EffectiveBoundaries boundaries) {
		return new AcknowledgedVersions(boundaries.getProvider().getProviderId(), boundaries.getProfileUuid(),
		        boundaries.getDefaultProfileUuid());
	}

	public Integer getProviderId() {
		return providerId;
	}

	@Override
	public boolean equals(Object other) {
		if (!(other instanceof AcknowledgedVersions)) {
			return false;
		}
		AcknowledgedVersions that = (AcknowledgedVersions) other;
		return Objects.equals(providerId, that.providerId) && Objects.equals(profileUuid, that.profileUuid)
		        && Objects.equals(defaultProfileUuid, that.defaultProfileUuid);
	}

	@Override
	public int hashCode() {
		return Objects.hash(providerId, profileUuid, defaultProfileUuid);
	}
}
