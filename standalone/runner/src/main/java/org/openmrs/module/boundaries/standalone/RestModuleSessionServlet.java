package org.openmrs.module.boundaries.standalone;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpSession;

import org.openmrs.Privilege;
import org.openmrs.Role;
import org.openmrs.User;
import org.openmrs.api.context.Context;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Runner only: the REST module's session resource, {@code /ws/rest/v1/session}, as OpenMRS 3 uses it to sign in and
 * out. {@code GET} (after {@link RestModuleBasicAuthFilter} has read any Basic credentials) says who the session
 * belongs to; {@code DELETE} signs out and ends the HTTP session. The user's roles and privileges are listed as the
 * REST module lists them (uuid, display, name). Never part of the module or of a real server.
 */
class RestModuleSessionServlet extends HttpServlet {

	static final String PATH = "/ws/rest/v1/session";

	private static final long serialVersionUID = 1L;

	private static final ObjectMapper JSON = new ObjectMapper();

	@Override
	protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Map<String, Object> session = new LinkedHashMap<>();
		session.put("sessionId", request.getSession().getId());
		session.put("authenticated", Context.isAuthenticated());
		User user = Context.getAuthenticatedUser();
		if (user != null) {
			session.put("user", describe(user));
		}
		session.put("locale", Context.getLocale().toString());
		write(response, session);
	}

	@Override
	protected void doDelete(HttpServletRequest request, HttpServletResponse response) {
		Context.logout();
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		response.setStatus(HttpServletResponse.SC_NO_CONTENT);
	}

	private static Map<String, Object> describe(User user) {
		Map<String, Object> described = new LinkedHashMap<>();
		described.put("uuid", user.getUuid());
		described.put("display", user.getDisplayString());
		described.put("username", user.getUsername());
		described.put("systemId", user.getSystemId());
		if (user.getPerson() != null) {
			Map<String, Object> person = new LinkedHashMap<>();
			person.put("uuid", user.getPerson().getUuid());
			person.put("display", user.getPersonName() == null ? null : user.getPersonName().getFullName());
			described.put("person", person);
		}
		List<Map<String, Object>> roles = new ArrayList<>();
		for (Role role : user.getAllRoles()) {
			roles.add(reference(role.getUuid(), role.getRole()));
		}
		described.put("roles", roles);
		List<Map<String, Object>> privileges = new ArrayList<>();
		for (Privilege privilege : user.getPrivileges()) {
			privileges.add(reference(privilege.getUuid(), privilege.getPrivilege()));
		}
		described.put("privileges", privileges);
		return described;
	}

	private static Map<String, Object> reference(String uuid, String name) {
		Map<String, Object> reference = new LinkedHashMap<>();
		reference.put("uuid", uuid);
		reference.put("display", name);
		reference.put("name", name);
		return reference;
	}

	private static void write(HttpServletResponse response, Map<String, Object> body) throws IOException {
		response.setContentType("application/json;charset=UTF-8");
		JSON.writeValue(response.getOutputStream(), body);
	}
}
