package org.openmrs.module.boundaries.web.messaging;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import javax.servlet.http.HttpServletRequest;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.messaging.ConcernReport;
import org.openmrs.module.boundaries.messaging.MessagingService;
import org.openmrs.module.boundaries.messaging.PortalMessage;
import org.openmrs.module.boundaries.messaging.PortalThread;
import org.openmrs.module.boundaries.messaging.ThreadView;
import org.openmrs.module.boundaries.web.ApiErrors;
import org.openmrs.module.boundaries.web.Json;
import org.openmrs.module.boundaries.web.People;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Portal threads and their messages. The same resource serves both sides: a portal patient lists and opens their own
 * threads; staff get their inbox (by {@code filter}) or a patient's threads for the chart (by {@code patient}). No
 * endpoint changes a message body: a message can only be voided, with a reason, and stays in the record.
 */
@RestController
@RequestMapping("/rest/v1/boundaries/thread")
public class ThreadController {

	@GetMapping
	public Map<String, Object> list(@RequestParam(required = false) String filter,
	        @RequestParam(required = false) String patient, @RequestParam(required = false) Integer startIndex,
	        @RequestParam(required = false) Integer limit, HttpServletRequest request) {
		Paging paging = Paging.of(startIndex, limit);
		boolean staff = isStaff();
		Page<PortalThread> page;
		if (!staff) {
			page = service().getMyThreads(paging);
		} else if (patient != null) {
			page = service().getThreadsOfPatient(People.patient(patient, "patient"), paging);
		} else {
			page = service().getInbox(InboxFilters.parse(filter), paging);
		}
		Date now = new Date();
		return Json.page(page.map(thread -> MessagingJson.thread(thread, staff, now)), request);
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> start(@RequestBody StartThreadRequest body) {
		PortalThread thread = service().startThread(People.provider(body.getProvider(), "provider"),
		    body.getCategory(), StringUtils.trim(body.getSubject()), body.getBody());
		return ResponseEntity.status(HttpStatus.CREATED).body(withMessages(thread));
	}

	@GetMapping("/{uuid}")
	public Map<String, Object> get(@PathVariable String uuid, @RequestParam(defaultValue = "default") String v) {
		if (!"default".equals(v) && !"full".equals(v)) {
			throw new InvalidRequestException("v", ApiErrors.message("boundaries.messaging.error.representation"));
		}
		ThreadView view = service().getThreadView(uuid);
		PortalThread thread = view.getThread();
		Map<String, Object> json = MessagingJson.threadView(view, isStaff(), new Date());
		if ("full".equals(v) && isStaff()) {
			json.put("readReceipts", service().getReadReceipts(thread).stream().map(MessagingJson::readReceipt)
			        .collect(Collectors.toList()));
			json.put("creator", MessagingJson.user(thread.getCreator()));
		}
		return json;
	}

	@GetMapping("/{uuid}/message")
	public Map<String, Object> messages(@PathVariable String uuid) {
		PortalThread thread = service().getThreadByUuid(uuid);
		boolean staff = isStaff();
		List<Map<String, Object>> messages = service().getMessages(thread).stream()
		        .map(message -> MessagingJson.message(message, thread, staff)).collect(Collectors.toList());
		return Json.results(messages, null);
	}

	@PostMapping(path = "/{uuid}/message", consumes = MediaType.APPLICATION_JSON_VALUE)
	public ResponseEntity<Map<String, Object>> reply(@PathVariable String uuid, @RequestBody ReplyRequest body) {
		PortalMessage message = service().sendMessage(uuid, body.getBody());
		PortalThread thread = message.getThread();
		boolean staff = isStaff();
		// the new message and the thread's summary, not the thread again: the page adds the message to what it shows
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("message", MessagingJson.message(message, thread, staff));
		json.put("thread", MessagingJson.thread(thread, staff, new Date()));
		return ResponseEntity.status(HttpStatus.CREATED).body(json);
	}

	@DeleteMapping("/{uuid}/message/{messageUuid}")
	public Map<String, Object> voidMessage(@PathVariable String uuid, @PathVariable String messageUuid,
	        @RequestParam String reason) {
		PortalThread thread = service().getThreadByUuid(uuid);
		PortalMessage message = service().getMessageByUuid(thread, messageUuid);
		if (message.getVoided()) {
			throw new ConflictException(ApiErrors.message("boundaries.messaging.error.alreadyVoided"));
		}
		return MessagingJson.message(service().voidPortalMessage(message, reason), thread, true);
	}

	@PostMapping("/{uuid}/read")
	public Map<String, Object> read(@PathVariable String uuid) {
		return summary(service().markThreadRead(service().getThreadByUuid(uuid)));
	}

	@PostMapping("/{uuid}/close")
	public Map<String, Object> close(@PathVariable String uuid) {
		return summary(service().closeThread(service().getThreadByUuid(uuid)));
	}

	@PostMapping("/{uuid}/reopen")
	public Map<String, Object> reopen(@PathVariable String uuid) {
		return summary(service().reopenThread(service().getThreadByUuid(uuid)));
	}

	@PostMapping(path = "/{uuid}/assign", consumes = MediaType.APPLICATION_JSON_VALUE)
	public Map<String, Object> assign(@PathVariable String uuid, @RequestBody AssignRequest body) {
		requireStaff();
		PortalThread thread = service().getThreadByUuid(uuid);
		return summary(
		    service().assignThread(thread, People.provider(body.getProvider(), "provider"), body.getNote()));
	}

	@PostMapping(path = "/{uuid}/flag", consumes = MediaType.APPLICATION_JSON_VALUE)
	public Map<String, Object> flag(@PathVariable String uuid, @RequestBody FlagRequest body) {
		requireStaff();
		PortalThread thread = service().getThreadByUuid(uuid);
		PortalMessage message = null;
		if (StringUtils.isNotBlank(body.getMessage())) {
			try {
				message = service().getMessageByUuid(thread, body.getMessage());
			}
			catch (ObjectNotFoundException e) {
				throw new InvalidRequestException("message", ApiErrors.message("boundaries.error.unknownReference", "message"));
			}
		}
		if (body.getActions() != null && body.getActions().contains(null)) {
			throw new InvalidRequestException("actions", ApiErrors.message("boundaries.error.invalid"));
		}
		ConcernReport report = new ConcernReport(body.getConcernKind(), body.getSeverity(), body.getSummary(),
		        body.getActions());
		return summary(service().flagConcern(thread, message, report));
	}

	private Map<String, Object> withMessages(PortalThread thread) {
		return MessagingJson.threadView(service().getThreadView(thread.getUuid()), isStaff(), new Date());
	}

	private static Map<String, Object> summary(PortalThread thread) {
		return MessagingJson.thread(thread, isStaff(), new Date());
	}

	static boolean isStaff() {
		return Context.hasPrivilege(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES);
	}

	/**
	 * Refuses callers who are not staff before a request's references are looked up, so that nobody else learns which
	 * uuids exist. The service checks again.
	 */
	static void requireStaff() {
		if (!isStaff()) {
			throw new APIAuthenticationException(ApiErrors.message("boundaries.error.forbidden"));
		}
	}

	/** Refuses callers who are not portal patients before a request's references are looked up. */
	static void requirePatient() {
		if (!Context.hasPrivilege(BoundariesConstants.PRIV_USE_PORTAL)) {
			throw new APIAuthenticationException(ApiErrors.message("boundaries.error.forbidden"));
		}
	}

	static MessagingService service() {
		return Context.getService(MessagingService.class);
	}
}
