package org.openmrs.module.boundaries.boundaries;

import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.GeneratedValue;
import javax.persistence.GenerationType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.ManyToOne;
import javax.persistence.Table;
import javax.persistence.UniqueConstraint;

import org.hibernate.annotations.Immutable;
import org.openmrs.BaseOpenmrsObject;

/** What one profile version says about one channel: welcome, limited (the note says how) or not accepted. */
@Entity
@Table(name = "boundaries_channel_rule", uniqueConstraints = @UniqueConstraint(name = "boundaries_channel_rule_channel_uk", columnNames = {
        "profile_id", "channel" }))
@Immutable
public class ChannelRule extends BaseOpenmrsObject {

	private static final long serialVersionUID = 1L;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	@Column(name = "boundaries_channel_rule_id")
	private Integer id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "profile_id", nullable = false)
	private BoundaryProfile profile;

	@Enumerated(EnumType.STRING)
	@Column(name = "channel", length = 30, nullable = false)
	private Channel channel;

	@Enumerated(EnumType.STRING)
	@Column(name = "stance", length = 20, nullable = false)
	private ChannelStance stance;

	@Column(name = "note", length = BoundaryProfile.SHORT_TEXT_LENGTH)
	private String note;

	protected ChannelRule() {
	}

	public ChannelRule(Channel channel, ChannelStance stance, String note) {
		this.channel = channel;
		this.stance = stance;
		this.note = note;
	}

	@Override
	public Integer getId() {
		return id;
	}

	@Override
	public void setId(Integer id) {
		this.id = id;
	}

	public BoundaryProfile getProfile() {
		return profile;
	}

	void setProfile(BoundaryProfile profile) {
		this.profile = profile;
	}

	public Channel getChannel() {
		return channel;
	}

	public ChannelStance getStance() {
		return stance;
	}

	public String getNote() {
		return note;
	}

	/** True when patients may use the channel, fully or within limits. */
	public boolean isAccepted() {
		return stance != ChannelStance.NOT_ACCEPTED;
	}
}
