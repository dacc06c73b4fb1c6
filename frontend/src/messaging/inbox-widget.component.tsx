import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Tile } from '@carbon/react';
import { ArrowLeft } from '@carbon/react/icons';
import { useConfig } from '@openmrs/esm-framework';
import { hasNext } from '../api/api';
import { Failure, Loaded, Loading, Pager } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';
import { InboxFilters, type InboxSummary, useInbox, useInboxSummary } from './messaging.resource';
import ThreadView from './thread.component';
import { ThreadRow } from './thread-row.component';
import styles from './messaging.scss';

const filterLabels: Record<keyof InboxSummary, [string, string]> = {
  overdue: ['messagingFilterOverdue', 'Overdue ({{0}})'],
  unread: ['messagingFilterUnread', 'Unread ({{0}})'],
  awaitingReply: ['messagingFilterAwaitingReply', 'Awaiting reply ({{0}})'],
  open: ['messagingFilterOpen', 'Open ({{0}})'],
  closed: ['messagingFilterClosed', 'Closed ({{0}})'],
};

/** The clinician's portal inbox on the home page: counts, overdue threads first, a thread opened in place. */
export default function InboxWidget() {
  const { t } = useTranslation();
  const { pageSize } = useConfig<BoundariesConfig>();
  const { data: summary, error: summaryError, isLoading: summaryLoading } = useInboxSummary();
  const [chosen, setChosen] = useState<keyof InboxSummary | null>(null);
  const filter = chosen ?? (summary?.overdue ? 'overdue' : 'open');
  const [startIndex, setStartIndex] = useState(0);
  const [openThread, setOpenThread] = useState<string | null>(null);
  const { data, error, isLoading } = useInbox(filter, startIndex, pageSize);

  return (
    <Tile className={styles.inbox}>
      <h4>{t('messagingInboxTitle', 'Portal inbox')}</h4>
      {openThread ? (
        <>
          <Button kind="ghost" size="sm" renderIcon={ArrowLeft} onClick={() => setOpenThread(null)}>
            {t('messagingInboxBack', 'Back to the inbox')}
          </Button>
          <ThreadView threadUuid={openThread} />
        </>
      ) : summaryLoading ? (
        <Loading />
      ) : summaryError ? (
        <Failure error={summaryError} />
      ) : (
        <>
          <div className={styles.counts} role="group" aria-label={t('messagingInboxFilters', 'Show')}>
            {InboxFilters.map((name) => (
              <Button
                key={name}
                size="sm"
                kind={name === filter ? 'primary' : name === 'overdue' && summary.overdue ? 'danger--tertiary' : 'tertiary'}
                aria-pressed={name === filter}
                onClick={() => {
                  setChosen(name);
                  setStartIndex(0);
                }}
              >
                {t(filterLabels[name][0], filterLabels[name][1], { 0: summary[name] })}
              </Button>
            ))}
          </div>
          <Loaded isLoading={isLoading} error={error} empty={!data?.results.length} emptyMessage={t('messagingInboxEmpty', 'No threads here.')}>
            {() => (
            <ul className={styles.threads}>
              {data?.results.map((thread) => (
                <ThreadRow key={thread.uuid} thread={thread} onOpen={(chosenThread) => setOpenThread(chosenThread.uuid)} />
              ))}
            </ul>
            )}
          </Loaded>
          <Pager startIndex={startIndex} pageSize={pageSize} hasNext={hasNext(data)} onChange={setStartIndex} />
        </>
      )}
    </Tile>
  );
}
