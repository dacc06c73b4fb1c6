package org.openmrs.module.boundaries.web.messaging;

import org.openmrs.module.boundaries.messaging.ThreadCategory;
import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /thread}: a patient's new thread and its first message. */
public class StartThreadRequest extends JsonRequest {

	private String provider;

	private ThreadCategory category;

	private String subject;

	private String body;

	public String getProvider() {
		return provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public ThreadCategory getCategory() {
		return category;
	}

	public void setCategory(ThreadCategory category) {
		this.category = category;
	}

	public String getSubject() {
		return subject;
	}

	public void setSubject(String subject) {
		this.subject = subject;
	}

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}
