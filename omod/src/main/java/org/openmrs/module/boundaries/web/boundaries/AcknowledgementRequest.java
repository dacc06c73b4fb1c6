package org.openmrs.module.boundaries.web.boundaries;

import org.openmrs.module.boundaries.boundaries.AcknowledgementMethod;
import org.openmrs.module.boundaries.web.JsonRequest;

/**
 * Body of {@code POST /acknowledgement}. Without a patient, the signed-in patient acknowledges for themself; without a
 * method, PORTAL for a patient's own acknowledgement and IN_CLINIC when staff record one.
 */
public class AcknowledgementRequest extends JsonRequest {

	private String patient;

	private String provider;

	private AcknowledgementMethod method;

	public String getPatient() {
		return patient;
	}

	public void setPatient(String patient) {
		this.patient = patient;
	}

	public String getProvider() {
		return provider;
	}

	public void setProvider(String provider) {
		this.provider = provider;
	}

	public AcknowledgementMethod getMethod() {
		return method;
	}

	public void setMethod(AcknowledgementMethod method) {
		this.method = method;
	}
}
