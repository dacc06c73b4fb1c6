package org.openmrs.module.boundaries.web.boundaries;

import org.openmrs.module.boundaries.boundaries.Channel;
import org.openmrs.module.boundaries.boundaries.ChannelStance;
import org.openmrs.module.boundaries.web.JsonRequest;

/** One entry of a draft's {@code channelRules}. */
public class ChannelRuleRequest extends JsonRequest {

	private Channel channel;

	private ChannelStance stance;

	private String note;

	public Channel getChannel() {
		return channel;
	}

	public void setChannel(Channel channel) {
		this.channel = channel;
	}

	public ChannelStance getStance() {
		return stance;
	}

	public void setStance(ChannelStance stance) {
		this.stance = stance;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
