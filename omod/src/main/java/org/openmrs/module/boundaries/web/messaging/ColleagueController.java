package org.openmrs.module.boundaries.web.messaging;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.openmrs.Provider;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.web.Json;
import org.openmrs.util.PrivilegeConstants;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The colleagues a clinician can hand a thread to, name as cover, or route a restricted patient to. Staff only. */
@RestController
@RequestMapping("/rest/v1/boundaries/colleague")
public class ColleagueController {

	@GetMapping
	public Map<String, Object> list() {
		ThreadController.requireStaff();
		Optional<Provider> me = CurrentUser.provider();
		List<Provider> providers;
		Context.addProxyPrivilege(PrivilegeConstants.GET_PROVIDERS);
		try {
			providers = Context.getProviderService().getAllProviders(false);
		}
		finally {
			Context.removeProxyPrivilege(PrivilegeConstants.GET_PROVIDERS);
		}
		List<Map<String, Object>> colleagues = providers.stream()
		        .filter(provider -> Names.of(provider) != null && !me.filter(provider::equals).isPresent())
		        .sorted(Comparator.comparing(Names::of, String.CASE_INSENSITIVE_ORDER))
		        .map(MessagingJson::provider).collect(Collectors.toList());
		return Json.results(colleagues, null);
	}
}
