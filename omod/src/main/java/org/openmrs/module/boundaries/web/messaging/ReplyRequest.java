package org.openmrs.module.boundaries.web.messaging;

import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /thread/{uuid}/message}. */
public class ReplyRequest extends JsonRequest {

	private String body;

	public String getBody() {
		return body;
	}

	public void setBody(String body) {
		this.body = body;
	}
}
