package org.openmrs.module.boundaries.web.messaging;

import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The signed-in clinician's inbox counts, one per filter, counted when asked. */
@RestController
@RequestMapping("/rest/v1/boundaries/inbox")
public class InboxController {

	@GetMapping("/summary")
	public Map<String, Object> summary() {
		return MessagingJson.summary(ThreadController.service().getInboxSummary());
	}
}
