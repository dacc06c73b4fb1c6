package org.openmrs.module.boundaries.standalone;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Runner only: the REST module's catch-all resource mappings ({@code MainResourceController} and
 * {@code MainSubResourceController}), which take any {@code /ws/rest/v1/...} request no more specific mapping takes.
 * What they answer is what webservices.rest 3.4.1 answered on OpenMRS 2.8.9: a body that is not JSON is a 500
 * (its {@code @RequestBody SimpleObject} cannot be read), anything else an unknown resource, in the REST module's
 * error shape, not the module's. Never part of the module or of a real server.
 */
@RestController
class RestModuleResourceController {

	@RequestMapping(path = { "/rest/v1/{resource}", "/rest/v1/{resource}/{uuid}",
	        "/rest/v1/{resource}/{uuid}/{subResource}", "/rest/v1/{resource}/{uuid}/{subResource}/{subUuid}" })
	public ResponseEntity<Map<String, Object>> anyResource(HttpServletRequest request) {
		String contentType = request.getContentType();
		if (contentType != null && !MediaType.APPLICATION_JSON.isCompatibleWith(MediaType.parseMediaType(contentType))) {
			return error(HttpStatus.INTERNAL_SERVER_ERROR, "[Content type '" + contentType + "' not supported]");
		}
		return error(HttpStatus.NOT_FOUND, "Unknown resource: " + request.getRequestURI());
	}

	private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String message) {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("code", "org.openmrs.module.webservices.rest.web.RestUtil");
		error.put("detail", "");
		return ResponseEntity.status(status).body(Collections.singletonMap("error", error));
	}
}
