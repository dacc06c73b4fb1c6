package org.openmrs.module.boundaries.messaging;

import java.util.Date;

import javax.persistence.Column;
import javax.persistence.FetchType;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.MappedSuperclass;

import org.openmrs.BaseOpenmrsData;
import org.openmrs.Provider;

/**
 * A period during which new threads addressed to a provider go to another provider instead: a covering colleague while
 * the provider is away, or, for one patient, a restriction or transfer of care. A rule without an end date lasts until
 * it is ended.
 */
@MappedSuperclass
public abstract class RoutingRule extends BaseOpenmrsData {

	private static final long serialVersionUID = 1L;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "provider_id", nullable = false, updatable = false)
	private Provider provider;

	@Column(name = "start_date", nullable = false)
	private Date startDate;

	@Column(name = "end_date")
	private Date endDate;

	/** The provider new threads go to while the rule is active. */
	public abstract Provider getRouteTo();

	public boolean isActiveAt(Date when) {
		return !getVoided() && startDate != null && !startDate.after(when) && (endDate == null || endDate.after(when));
	}

	/** True when the rule has ended by the given time (it may not have begun yet otherwise). */
	public boolean isEndedAt(Date when) {
		return endDate != null && !endDate.after(when);
	}

	/** Ends the rule now; a rule that has not started yet ends at its start, so it never takes effect. */
	public void end(Date now) {
		endDate = startDate != null && startDate.after(now) ? startDate : now;
	}

	public Provider getProvider() {
		return provider;
	}

	public void setProvider(Provider provider) {
		this.provider = provider;
	}

	public Date getStartDate() {
		return startDate;
	}

	public void setStartDate(Date startDate) {
		this.startDate = startDate;
	}

	public Date getEndDate() {
		return endDate;
	}

	public void setEndDate(Date endDate) {
		this.endDate = endDate;
	}
}
