package org.openmrs.api;

/**
 * Stand-in for {@code org.openmrs.api.ServiceNotFoundException}: no service registered for the class.
 */
public class ServiceNotFoundException extends APIException {

	private static final long serialVersionUID = 1L;

	private final Class<?> serviceClass;

	public <T> ServiceNotFoundException(Class<T> serviceClass) {
		super("Service not found: " + serviceClass);
		this.serviceClass = serviceClass;
	}

	@SuppressWarnings("unchecked")
	public <T> Class<T> getServiceClass() {
		return (Class<T>) serviceClass;
	}
}
