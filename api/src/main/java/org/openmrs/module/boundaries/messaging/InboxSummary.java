package org.openmrs.module.boundaries.messaging;

/** How many threads each inbox filter shows, counted in one query when asked for, so never stale. */
public final class InboxSummary {

	private final long open;

	private final long unread;

	private final long awaitingReply;

	private final long overdue;

	private final long closed;

	public InboxSummary(long open, long unread, long awaitingReply, long overdue, long closed) {
		this.open = open;
		this.unread = unread;
		this.awaitingReply = awaitingReply;
		this.overdue = overdue;
		this.closed = closed;
	}

	public static InboxSummary empty() {
		return new InboxSummary(0, 0, 0, 0, 0);
	}

	public long count(InboxFilter filter) {
		switch (filter) {
			case UNREAD:
				return unread;
			case AWAITING_REPLY:
				return awaitingReply;
			case OVERDUE:
				return overdue;
			case CLOSED:
				return closed;
			default:
				return open;
		}
	}
}
