package org.openmrs.module.boundaries.messaging;

import java.util.Collections;
import java.util.List;

/**
 * What the thread view shows, read in one transaction: the thread, its messages as the caller may see them, and the
 * longest reply they may send.
 */
public final class ThreadView {

	private final PortalThread thread;

	private final List<PortalMessage> messages;

	private final int messageMaxLength;

	public ThreadView(PortalThread thread, List<PortalMessage> messages, int messageMaxLength) {
		this.thread = thread;
		this.messages = Collections.unmodifiableList(messages);
		this.messageMaxLength = messageMaxLength;
	}

	public PortalThread getThread() {
		return thread;
	}

	public List<PortalMessage> getMessages() {
		return messages;
	}

	public int getMessageMaxLength() {
		return messageMaxLength;
	}
}
