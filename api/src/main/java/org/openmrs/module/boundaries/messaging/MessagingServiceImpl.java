package org.openmrs.module.boundaries.messaging;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.apache.commons.lang3.StringUtils;
import org.openmrs.Patient;
import org.openmrs.Provider;
import org.openmrs.User;
import org.openmrs.api.APIAuthenticationException;
import org.openmrs.api.context.Context;
import org.openmrs.api.impl.BaseOpenmrsService;
import org.openmrs.module.boundaries.BoundariesConstants;
import org.openmrs.module.boundaries.api.ConflictException;
import org.openmrs.module.boundaries.api.CurrentUser;
import org.openmrs.module.boundaries.api.InvalidRequestException;
import org.openmrs.module.boundaries.api.Names;
import org.openmrs.module.boundaries.api.ObjectNotFoundException;
import org.openmrs.module.boundaries.api.Page;
import org.openmrs.module.boundaries.api.Paging;
import org.openmrs.module.boundaries.boundaries.BoundariesService;
import org.openmrs.module.boundaries.boundaries.EffectiveBoundaries;
import org.openmrs.validator.ValidateUtil;
import org.springframework.transaction.annotation.Transactional;

@Transactional
public class MessagingServiceImpl extends BaseOpenmrsService implements MessagingService {

	/** Most overdue threads alerted in one run; the rest wait for the next. */
	static final int OVERDUE_ALERT_BATCH = 200;

	private MessagingDao dao;

	private MessagingNotifier notifier;

	private ConcernLog concernLog;

	public void setDao(MessagingDao dao) {
		this.dao = dao;
	}

	public void setNotifier(MessagingNotifier notifier) {
		this.notifier = notifier;
	}

	public void setConcernLog(ConcernLog concernLog) {
		this.concernLog = concernLog;
	}

	@Override
	@Transactional(readOnly = true)
	public int getMessageMaxLength() {
		return MessagingSettings.messageMaxLength();
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> getRecipients() {
		Patient patient = signedInPatient();
		Routing routing = routingFor(patient, new Date());
		return boundaries().getProvidersAcceptingPortalMessages().stream()
		        .map(provider -> new Recipient(routing.routeFor(provider), null, false)).collect(Collectors.toList());
	}

	@Override
	@Transactional(readOnly = true)
	public Recipient getRecipient(Provider provider) {
		Patient patient = signedInPatient();
		checkMayWriteTo(provider);
		Routing.Route route = routingFor(patient, new Date()).routeFor(provider);
		Provider target = route.getTarget();
		return new Recipient(route, boundaries().getEffectiveBoundaries(target),
		        boundaries().needsAcknowledgement(patient, target));
	}

	@Override
	public PortalThread startThread(Provider addressedTo, ThreadCategory category, String subject, String body) {
		Patient patient = signedInPatient();
		if (addressedTo == null) {
			throw new InvalidRequestException("provider", MessagingText.get("boundaries.error.provider.required"));
		}
		checkMayWriteTo(addressedTo);
		Date now = new Date();
		Provider target = routingFor(patient, now).routeFor(addressedTo).getTarget();
		if (boundaries().needsAcknowledgement(patient, target)) {
			throw new ConflictException(MessagingText.get("boundaries.messaging.error.acknowledgeFirst", Names.of(target)));
		}
		PortalThread thread = new PortalThread(patient, addressedTo, target, category, subject);
		PortalMessage first = new PortalMessage(SenderRole.PATIENT, body);
		ValidateUtil.validate(first);
		thread.append(first, now);
		ValidateUtil.validate(thread);
		EffectiveBoundaries terms = boundaries().getEffectiveBoundaries(target);
		thread.startAwaitingReply(now, terms.replyDueBy(now));
		dao.save(thread);
		dao.save(first);
		acknowledge(thread, terms, now);
		notifier.newThread(thread);
		return thread;
	}

	@Override
	@Transactional(readOnly = true)
	public Page<PortalThread> getMyThreads(Paging paging) {
		return Page.fromFetched(dao.getThreadsOfPatient(signedInPatient(), true, paging), paging);
	}

	@Override
	@Transactional(readOnly = true)
	public PortalThread getThreadByUuid(String uuid) {
		PortalThread thread = unvoided(dao.getThreadByUuid(uuid), uuid);
		checkMayReach(thread);
		return thread;
	}

	@Override
	@Transactional(readOnly = true)
	public List<PortalMessage> getMessages(PortalThread thread) {
		checkMayReach(thread);
		return dao.getMessages(thread, isStaff());
	}

	@Override
	@Transactional(readOnly = true)
	public ThreadView getThreadView(String uuid) {
		PortalThread thread = getThreadByUuid(uuid);
		return new ThreadView(thread, dao.getMessages(thread, isStaff()), getMessageMaxLength());
	}

	@Override
	public PortalMessage sendMessage(String threadUuid, String body) {
		PortalThread thread = unvoided(dao.getThreadByUuidForUpdate(threadUuid), threadUuid);
		checkMayReach(thread);
		boolean staff = isStaff();
		PortalMessage message = new PortalMessage(staff ? SenderRole.STAFF : SenderRole.PATIENT, body);
		ValidateUtil.validate(message);
		if (thread.isClosed()) {
			throw new ConflictException(MessagingText.get("boundaries.messaging.error.closed"));
		}
		Date now = new Date();
		thread.append(message, now);
		// saved as changed before the queries below, whose automatic flush would otherwise audit it first
		dao.save(thread);
		dao.save(message);
		if (staff) {
			notifier.staffReplied(thread);
		} else if (!thread.isAwaitingReply()) {
			// the provider's terms (two queries) matter only when this message starts a wait for a reply
			EffectiveBoundaries terms = boundaries().getEffectiveBoundaries(thread.getProvider());
			thread.startAwaitingReply(now, terms.replyDueBy(now));
			acknowledge(thread, terms, now);
		}
		return message;
	}

	@Override
	public PortalThread markThreadRead(PortalThread thread) {
		checkMayReach(thread);
		dao.lockForUpdate(thread);
		boolean staff = isStaff();
		if (staff ? thread.markReadByStaff() : thread.markReadByPatient()) {
			dao.save(new ReadReceipt(thread, CurrentUser.user(), staff ? SenderRole.STAFF : SenderRole.PATIENT,
			        new Date()));
			dao.save(thread);
		}
		return thread;
	}

	@Override
	@Transactional(readOnly = true)
	public PortalMessage getMessageByUuid(PortalThread thread, String uuid) {
		return dao.getMessageByUuid(uuid).filter(m -> m.getThread().equals(thread))
		        .orElseThrow(() -> ObjectNotFoundException.of("message", uuid));
	}

	@Override
	@Transactional(readOnly = true)
	public List<ReadReceipt> getReadReceipts(PortalThread thread) {
		return dao.getReadReceipts(thread);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<PortalThread> getInbox(InboxFilter filter, Paging paging) {
		Date now = new Date();
		List<Provider> providers = inboxProviders(now);
		if (providers.isEmpty()) {
			return Page.fromFetched(Collections.emptyList(), paging);
		}
		return Page.fromFetched(dao.getInbox(providers, filter == null ? InboxFilter.OPEN : filter, now, paging),
		    paging);
	}

	@Override
	@Transactional(readOnly = true)
	public InboxSummary getInboxSummary() {
		Date now = new Date();
		List<Provider> providers = inboxProviders(now);
		return providers.isEmpty() ? InboxSummary.empty() : dao.countInbox(providers, now);
	}

	@Override
	@Transactional(readOnly = true)
	public Page<PortalThread> getThreadsOfPatient(Patient patient, Paging paging) {
		return Page.fromFetched(dao.getThreadsOfPatient(patient, false, paging), paging);
	}

	@Override
	public PortalThread closeThread(PortalThread thread) {
		dao.lockForUpdate(thread);
		if (thread.isClosed()) {
			throw new ConflictException(MessagingText.get("boundaries.messaging.error.alreadyClosed"));
		}
		thread.close(CurrentUser.user(), new Date());
		return dao.save(thread);
	}

	@Override
	public PortalThread reopenThread(PortalThread thread) {
		dao.lockForUpdate(thread);
		if (!thread.isClosed()) {
			throw new ConflictException(MessagingText.get("boundaries.messaging.error.notClosed"));
		}
		thread.reopen();
		return dao.save(thread);
	}

	@Override
	public PortalThread assignThread(PortalThread thread, Provider provider, String note) {
		if (provider == null || Boolean.TRUE.equals(provider.getRetired())) {
			throw new InvalidRequestException("provider", MessagingText.get("boundaries.messaging.error.assignee"));
		}
		if (StringUtils.length(note) > BoundariesConstants.MESSAGE_MAX_LENGTH_CEILING / 2) {
			throw new InvalidRequestException("note", MessagingText.get("boundaries.error.note.tooLong",
			    BoundariesConstants.MESSAGE_MAX_LENGTH_CEILING / 2));
		}
		dao.lockForUpdate(thread);
		if (provider.equals(thread.getProvider())) {
			throw new ConflictException(MessagingText.get("boundaries.messaging.error.alreadyAssigned", provider.getName()));
		}
		String noteText = StringUtils.isBlank(note)
		        ? MessagingText.get("boundaries.messaging.note.assigned", thread.getProvider().getName(), provider.getName())
		        : MessagingText.get("boundaries.messaging.note.assignedWithNote", thread.getProvider().getName(), provider.getName(),
		            note.trim());
		moveThread(thread, provider, noteText);
		notifier.assigned(thread);
		return thread;
	}

	@Override
	public PortalThread flagConcern(PortalThread thread, PortalMessage message, ConcernReport report) {
		if (message != null && !message.getThread().equals(thread)) {
			throw ObjectNotFoundException.of("message", message.getUuid());
		}
		dao.lockForUpdate(thread);
		concernLog.recordFlag(thread, message, report);
		if (message != null) {
			message.flag();
			dao.save(message);
		}
		thread.flag();
		return dao.save(thread);
	}

	@Override
	public PortalMessage voidPortalMessage(PortalMessage message, String reason) {
		// the platform's void advice has already marked the message voided, with this reason
		if (dao.isVoidedLocking(message)) {
			Context.refreshEntity(message);
			throw new ConflictException(MessagingText.get("boundaries.messaging.error.alreadyVoided"));
		}
		if (StringUtils.isBlank(reason)) {
			throw new InvalidRequestException("reason", MessagingText.get("boundaries.error.voidReason.required"));
		}
		if (reason.length() > 255) {
			throw new InvalidRequestException("reason", MessagingText.get("boundaries.error.voidReason.tooLong", 255));
		}
		return dao.save(message);
	}

	@Override
	public Coverage saveCoverage(Coverage coverage) {
		checkActsFor(coverage.getProvider());
		return dao.save(coverage);
	}

	@Override
	public Coverage endCoverage(Coverage coverage) {
		checkActsFor(coverage.getProvider());
		endRule(coverage);
		return dao.save(coverage);
	}

	@Override
	@Transactional(readOnly = true)
	public Coverage getCoverageByUuid(String uuid) {
		return dao.getCoverageByUuid(uuid).orElseThrow(() -> ObjectNotFoundException.of("coverage", uuid));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<Coverage> getCoverages(Provider provider, boolean includeEnded, Paging paging) {
		return Page.fromFetched(dao.getCoverages(provider, includeEnded, new Date(), paging), paging);
	}

	@Override
	public MessagingRestriction saveMessagingRestriction(MessagingRestriction restriction) {
		checkActsFor(restriction.getProvider());
		boolean isNew = restriction.getId() == null;
		dao.save(restriction);
		if (isNew) {
			concernLog.recordRestriction(restriction);
		}
		return restriction;
	}

	@Override
	public MessagingRestriction endMessagingRestriction(MessagingRestriction restriction) {
		checkActsFor(restriction.getProvider());
		endRule(restriction);
		return dao.save(restriction);
	}

	@Override
	@Transactional(readOnly = true)
	public MessagingRestriction getMessagingRestrictionByUuid(String uuid) {
		return dao.getRestrictionByUuid(uuid).orElseThrow(() -> ObjectNotFoundException.of("restriction", uuid));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<MessagingRestriction> getMessagingRestrictions(Patient patient, Provider provider, boolean includeEnded,
	        Paging paging) {
		return Page.fromFetched(dao.getRestrictions(patient, provider, includeEnded, new Date(), paging), paging);
	}

	@Override
	public void transferPatientMessaging(Patient patient, Provider fromProvider, Provider toProvider, String reason) {
		Date now = new Date();
		String note = StringUtils.isBlank(reason)
		        ? MessagingText.get("boundaries.messaging.note.transferred", fromProvider.getName(), toProvider.getName())
		        : MessagingText.get("boundaries.messaging.note.transferredWithReason", fromProvider.getName(), toProvider.getName(),
		            StringUtils.abbreviate(reason.trim(), BoundariesConstants.MESSAGE_MAX_LENGTH_CEILING / 2));
		for (PortalThread thread : dao.getOpenThreads(patient, fromProvider)) {
			dao.lockForUpdate(thread);
			moveThread(thread, toProvider, note);
		}
		MessagingRestriction route = new MessagingRestriction();
		route.setPatient(patient);
		route.setProvider(fromProvider);
		route.setRouteTo(toProvider);
		route.setCause(RestrictionCause.CARE_TRANSFER);
		route.setReason(StringUtils.abbreviate(reason, MessagingRestriction.REASON_MAX_LENGTH));
		route.setStartDate(now);
		ValidateUtil.validate(route);
		dao.save(route);
	}

	@Override
	public int alertOverdueThreads() {
		List<PortalThread> overdue = dao.getOverdueThreadsToAlert(new Date(), OVERDUE_ALERT_BATCH);
		for (PortalThread thread : overdue) {
			notifier.overdue(thread);
			thread.markOverdueAlerted();
			dao.save(thread);
		}
		return overdue.size();
	}

	/** Reassigns a locked thread, recording why in a staff note and resetting its reply time to the new provider's. */
	private void moveThread(PortalThread thread, Provider provider, String noteText) {
		Date now = new Date();
		Date dueBy = thread.isAwaitingReply()
		        ? boundaries().getEffectiveBoundaries(provider).replyDueBy(thread.getAwaitingReplySince())
		        : null;
		thread.assignTo(provider, dueBy);
		PortalMessage note = new PortalMessage(SenderRole.STAFF_NOTE, noteText);
		ValidateUtil.validate(note);
		thread.append(note, now);
		dao.save(note);
		dao.save(thread);
	}

	private void acknowledge(PortalThread thread, EffectiveBoundaries terms, Date sentAt) {
		PortalMessage acknowledgement = new PortalMessage(SenderRole.AUTOMATIC,
		        AutomaticAcknowledgement.text(thread.getProvider(), terms, sentAt, thread.getReplyDueBy()));
		ValidateUtil.validate(acknowledgement);
		thread.append(acknowledgement, sentAt);
		dao.save(acknowledgement);
		dao.save(thread);
	}

	private void endRule(RoutingRule rule) {
		Date now = new Date();
		if (rule.getVoided() || rule.isEndedAt(now)) {
			throw new ConflictException(MessagingText.get("boundaries.messaging.error.alreadyEnded"));
		}
		rule.end(now);
	}

	private Routing routingFor(Patient patient, Date now) {
		return new Routing(dao.getActiveRestrictions(patient, now), dao.getActiveCoverages(now));
	}

	/** The signed-in clinician and whoever they cover now; nobody when the user is not a provider. */
	private List<Provider> inboxProviders(Date now) {
		List<Provider> providers = new ArrayList<>();
		CurrentUser.provider().ifPresent(me -> {
			providers.add(me);
			providers.addAll(dao.getProvidersCoveredBy(me, now));
		});
		return providers;
	}

	private void checkMayWriteTo(Provider provider) {
		if (!boundaries().getProvidersAcceptingPortalMessages().contains(provider)) {
			throw ObjectNotFoundException.of("provider", provider.getUuid());
		}
	}

	/** A portal patient reaches only threads of their own person; staff reach all. */
	private void checkMayReach(PortalThread thread) {
		if (!isStaff() && !CurrentUser.isPerson(thread.getPatient())) {
			throw new APIAuthenticationException(MessagingText.get("boundaries.error.forbidden"));
		}
	}

	/** A clinician manages their own coverages and restrictions; a manager of the organisation anyone's. */
	private void checkActsFor(Provider provider) {
		if (Context.hasPrivilege(BoundariesConstants.PRIV_MANAGE_ORGANISATION_BOUNDARIES)) {
			return;
		}
		Provider me = CurrentUser.provider().orElse(null);
		if (me == null || !me.equals(provider)) {
			throw new APIAuthenticationException(MessagingText.get("boundaries.messaging.error.notYourOwn"));
		}
	}

	private static PortalThread unvoided(Optional<PortalThread> thread, String uuid) {
		return thread.filter(t -> !t.getVoided()).orElseThrow(() -> ObjectNotFoundException.of("thread", uuid));
	}

	private static Patient signedInPatient() {
		return CurrentUser.patient()
		        .orElseThrow(() -> new APIAuthenticationException(MessagingText.get("boundaries.messaging.error.notAPatient")));
	}

	private static boolean isStaff() {
		return Context.hasPrivilege(BoundariesConstants.PRIV_MANAGE_PORTAL_MESSAGES);
	}

	private static BoundariesService boundaries() {
		return Context.getService(BoundariesService.class);
	}
}
