import React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Tag } from '@carbon/react';
import { launchWorkspace2 } from '@openmrs/esm-framework';
import { moment } from '../shared/format';
import { Workspaces } from '../contactlog/workspaces';
import { type ThreadSummary } from './messaging.resource';
import styles from './messaging.scss';

/** One thread in a list: subject, who, state (overdue first in the eye), and a button that opens it. */
export function ThreadRow({ thread, onOpen }: { thread: ThreadSummary; onOpen?: (thread: ThreadSummary) => void }) {
  const { t } = useTranslation();
  return (
    <li className={styles.thread}>
      <div className={styles.threadText}>
        <strong className={styles.subject}>{thread.subject}</strong>
        <div className={styles.meta}>
          {t('messagingPatient', 'Patient: {{0}}', { 0: thread.patient?.display ?? '' })} ·{' '}
          {t('messagingAssignedTo', 'Assigned to {{0}}', { 0: thread.provider?.display ?? '' })} · {moment(thread.lastMessageAt)}
        </div>
        <div className={styles.tags}>
          {thread.overdue && (
            <Tag type="red" size="sm">
              {t('messagingOverdueSince', 'Overdue since {{0}}', { 0: moment(thread.replyDueBy) })}
            </Tag>
          )}
          {!thread.overdue && thread.awaitingReply && thread.replyDueBy && (
            <Tag type="purple" size="sm">
              {t('messagingDueBy', 'Reply due by {{0}}', { 0: moment(thread.replyDueBy) })}
            </Tag>
          )}
          {thread.unread && (
            <Tag type="blue" size="sm">
              {t('messagingUnread', 'Unread')}
            </Tag>
          )}
          {thread.closed && (
            <Tag type="gray" size="sm">
              {t('messagingClosed', 'Closed')}
            </Tag>
          )}
          {thread.flagged && (
            <Tag type="magenta" size="sm">
              {t('messagingFlagged', 'Boundary concern')}
            </Tag>
          )}
        </div>
      </div>
      <Button
        kind="tertiary"
        size="sm"
        onClick={() => (onOpen ? onOpen(thread) : launchWorkspace2(Workspaces.thread, { threadUuid: thread.uuid }))}
      >
        {t('o3OpenThread', 'Open')}
      </Button>
    </li>
  );
}
