import React, { useEffect, useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Form, Select, SelectItem, Stack, TextArea } from '@carbon/react';
import { Privileges, useBoundariesSession, useBoundariesWrite, useRefresh } from '../api/api';
import { Actions, ConcernKinds, Severities } from '../contactlog/contact-log.resource';
import { label, moment } from '../shared/format';
import { type FieldErrors, useSubmission } from '../shared/form';
import { Failure, Loading } from '../shared/states';
import { type Message, useThread } from './messaging.resource';
import styles from './messaging.scss';

function sender(message: Message, t: TFunction) {
  switch (message.senderRole) {
    case 'AUTOMATIC':
      return t('messagingSenderAutomatic', 'Automatic reply');
    case 'PATIENT':
      return t('messagingSenderPatient', '{{0}} (patient)', { 0: message.sender?.display ?? '' });
    case 'STAFF_NOTE':
      return t('messagingSenderNote', 'Staff note by {{0}} (not shown to the patient)', { 0: message.sender?.display ?? '' });
    default:
      return message.sender?.display ?? '';
  }
}

/** A portal thread for staff: the conversation, a reply, and flagging it as a boundary concern. */
export default function ThreadView({ threadUuid, onDone }: { threadUuid: string; onDone?: () => void }) {
  const { t } = useTranslation();
  const { can } = useBoundariesSession();
  const { data: thread, error, isLoading } = useThread(threadUuid);
  const write = useBoundariesWrite();
  const refresh = useRefresh();
  const reply = useSubmission();
  const flag = useSubmission();
  const [body, setBody] = useState('');
  const [flagging, setFlagging] = useState(false);
  const [concernKind, setConcernKind] = useState('');
  const [severity, setSeverity] = useState('');
  const [summary, setSummary] = useState('');
  const [actions, setActions] = useState<Array<string>>([]);
  const unread = thread?.unread;

  useEffect(() => {
    if (unread) {
      write('POST', `thread/${threadUuid}/read`).then(
        () => refresh('thread', 'inbox'),
        () => undefined, // already read elsewhere (409): nothing to mark
      );
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [threadUuid, unread]);

  if (isLoading) {
    return <Loading />;
  }
  if (error) {
    return <Failure error={error} />;
  }

  const sendReply = (event: React.FormEvent) => {
    event.preventDefault();
    const checks: FieldErrors = {};
    if (!body.trim()) {
      checks.body = t('errorBodyRequired', 'Write a message.');
    } else if (body.length > thread.maxLength) {
      checks.body = t('errorBodyTooLong', 'The message is longer than {{0}} characters.', { 0: thread.maxLength });
    }
    reply.submit(checks, () => write('POST', `thread/${threadUuid}/message`, { body }), () => {
      setBody('');
      refresh('thread', 'inbox');
      onDone?.();
    });
  };

  const sendFlag = (event: React.FormEvent) => {
    event.preventDefault();
    const checks: FieldErrors = {};
    if (!concernKind) checks.concernKind = t('errorConcernKindRequired', 'A boundary concern needs its kind.');
    if (!severity) checks.severity = t('errorSeverityRequired', 'A boundary concern needs its severity.');
    if (!summary.trim()) checks.summary = t('errorSummaryRequired', 'Write a summary.');
    flag.submit(checks, () => write('POST', `thread/${threadUuid}/flag`, { concernKind, severity, summary, actions }), () => {
      setFlagging(false);
      refresh('thread', 'contact');
    });
  };

  return (
    <div>
      <h3 className={styles.subject}>{thread.subject}</h3>
      <p className={styles.meta}>
        {t('messagingPatient', 'Patient: {{0}}', { 0: thread.patient?.display ?? '' })} ·{' '}
        {t('messagingAssignedTo', 'Assigned to {{0}}', { 0: thread.provider?.display ?? '' })}
      </p>
      <ol className={styles.threads} aria-label={t('messagingThreadTitle', 'Conversation')}>
        {thread.messages.map((message) => (
          <li key={message.uuid} className={`${styles.message} ${message.senderRole === 'PATIENT' ? '' : styles.staff}`}>
            <div className={styles.meta}>
              {sender(message, t)} · {moment(message.dateSent)}
            </div>
            {message.voided ? (
              <em>{t('messagingWithdrawn', 'This message was withdrawn by the practice.')}</em>
            ) : (
              <div className={styles.body} dir="auto">
                {message.body}
              </div>
            )}
          </li>
        ))}
      </ol>
      {thread.closed ? (
        <p>{t('messagingErrorClosed', 'This conversation is closed. Start a new message, or reopen it first.')}</p>
      ) : (
        <Form className={styles.form} onSubmit={sendReply} noValidate>
          <TextArea
            id="reply"
            labelText={t('messagingReply', 'Your reply')}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            helperText={t('messagingCounter', '{{0}} of {{1}} characters left', { 0: thread.maxLength - body.length, 1: thread.maxLength })}
            invalid={Boolean(reply.fieldErrors.body)}
            invalidText={reply.fieldErrors.body}
          />
          {reply.failure && <Failure error={reply.failure} />}
          <Button type="submit" disabled={reply.submitting}>
            {t('messagingSend', 'Send')}
          </Button>
        </Form>
      )}
      {can(Privileges.addContactLog) &&
        (flagging ? (
          <Form className={styles.form} onSubmit={sendFlag} noValidate>
            <Stack gap={5}>
              <Select id="flag-kind" labelText={t('messagingFlagKind', 'Kind of concern')} value={concernKind} onChange={(e) => setConcernKind(e.target.value)} invalid={Boolean(flag.fieldErrors.concernKind)} invalidText={flag.fieldErrors.concernKind}>
                <SelectItem value="" text={t('contactlogChoose', '— choose —')} />
                {ConcernKinds.map((v) => (
                  <SelectItem key={v} value={v} text={label(t, 'messagingConcernKind', v)} />
                ))}
              </Select>
              <Select id="flag-severity" labelText={t('messagingFlagSeverity', 'Severity')} value={severity} onChange={(e) => setSeverity(e.target.value)} invalid={Boolean(flag.fieldErrors.severity)} invalidText={flag.fieldErrors.severity}>
                <SelectItem value="" text={t('contactlogChoose', '— choose —')} />
                {Severities.map((v) => (
                  <SelectItem key={v} value={v} text={label(t, 'messagingSeverity', v)} />
                ))}
              </Select>
              <TextArea id="flag-summary" labelText={t('messagingFlagSummary', 'What happened')} value={summary} onChange={(e) => setSummary(e.target.value)} invalid={Boolean(flag.fieldErrors.summary)} invalidText={flag.fieldErrors.summary} />
              <fieldset>
                <legend>{t('messagingFlagActions', 'Actions taken')}</legend>
                {Actions.map((action) => (
                  <Checkbox
                    key={action}
                    id={`flag-action-${action}`}
                    labelText={label(t, 'messagingActionTaken', action)}
                    checked={actions.includes(action)}
                    onChange={(_, { checked }) => setActions(checked ? [...actions, action] : actions.filter((a) => a !== action))}
                  />
                ))}
              </fieldset>
              {flag.failure && <Failure error={flag.failure} />}
              <Button type="submit" kind="danger" disabled={flag.submitting}>
                {t('messagingFlagSubmit', 'Flag and add to the contact log')}
              </Button>
            </Stack>
          </Form>
        ) : (
          <Button kind="ghost" onClick={() => setFlagging(true)}>
            {t('messagingActionFlagThread', 'Flag thread as a boundary concern')}
          </Button>
        ))}
    </div>
  );
}
