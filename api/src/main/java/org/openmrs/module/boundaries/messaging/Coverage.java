package org.openmrs.module.boundaries.messaging;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;

import org.openmrs.Provider;

/**
 * A provider is away and a colleague covers their portal messages: new threads go to the colleague, and the colleague's
 * inbox shows the away provider's threads too.
 */
@Entity
@Table(name = "boundaries_coverage")
public class Coverage extends RoutingRule {

	private static final long serialVersionUID = 1L;

	public static final int NOTE_MAX_LENGTH = 1000;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_coverage_id")
	private Integer coverageId;

	@ManyToOne(optional = false, fetch = FetchType.LAZY)
	@JoinColumn(name = "covering_provider_id", nullable = false, updatable = false)
	private Provider coveringProvider;

	@Column(name = "note", length = NOTE_MAX_LENGTH)
	private String note;

	@Override
	public Provider getRouteTo() {
		return coveringProvider;
	}

	@Override
	public Integer getId() {
		return coverageId;
	}

	@Override
	public void setId(Integer id) {
		this.coverageId = id;
	}

	public Provider getCoveringProvider() {
		return coveringProvider;
	}

	public void setCoveringProvider(Provider coveringProvider) {
		this.coveringProvider = coveringProvider;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
