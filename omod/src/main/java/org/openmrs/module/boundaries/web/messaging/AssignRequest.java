package org.openmrs.module.boundaries.web.messaging;

import org.openmrs.module.boundaries.web.JsonRequest;

/** Body of {@code POST /thread/{uuid}/assign}: the colleague and an optional note for the record. */
public class AssignRequest extends JsonRequest {

	private String provider;

	private String note;

	public String getProvider() {
		return provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public String getNote() {
		return note;
	}

	public void setNote(String note) {
		this.note = note;
	}
}
