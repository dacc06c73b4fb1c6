import React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Tag, Tile } from '@carbon/react';
import { launchWorkspace2, navigate, useConfig } from '@openmrs/esm-framework';
import { Privileges, useBoundariesSession } from '../api/api';
import { day, label, moment } from '../shared/format';
import { Empty, Failure, Loading } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';
import { useContacts, useGiftsToDeclare, useRecentConcerns } from './contact-log.resource';
import { Workspaces } from './workspaces';
import styles from './summary-card.scss';

/**
 * The chart summary's Boundaries card: the latest contacts, and the open concerns and gifts still to be declared as the
 * API counts them over the whole log (the card lists the first few of those gifts).
 */
export default function BoundariesSummaryCard({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { summaryRows, concernTagMonths } = useConfig<BoundariesConfig>();
  const { can } = useBoundariesSession();
  const latest = useContacts(patientUuid, 0, summaryRows);
  const concerns = useRecentConcerns(patientUuid, concernTagMonths);
  const toDeclare = useGiftsToDeclare(patientUuid, summaryRows);
  const isLoading = latest.isLoading || concerns.isLoading || toDeclare.isLoading;
  const error = latest.error ?? concerns.error ?? toDeclare.error;
  const contacts = latest.data?.results ?? [];

  return (
    <Tile className={styles.card}>
      <div className={styles.header}>
        <h4>{t('o3Dashboard', 'Boundaries')}</h4>
        {can(Privileges.addContactLog) && (
          <Button kind="ghost" size="sm" onClick={() => launchWorkspace2(Workspaces.contact)}>
            {t('contactlogAddContact', 'Add a contact')}
          </Button>
        )}
      </div>
      {isLoading ? (
        <Loading />
      ) : error ? (
        <Failure error={error} />
      ) : (
        <>
          <div className={styles.counts}>
            <Tag type={concerns.count ? 'red' : 'gray'}>{t('o3OpenConcerns', 'Open concerns: {{0}}', { 0: concerns.count })}</Tag>
            <Tag type={toDeclare.count ? 'red' : 'gray'}>
              {t('o3GiftsToDeclare', 'Gifts to declare: {{0}}', { 0: toDeclare.count })}
            </Tag>
          </div>
          {contacts.length === 0 ? (
            <Empty message={t('contactlogEmptyContacts', 'No contacts recorded.')} />
          ) : (
            <ul className={styles.list}>
              {contacts.map((entry) => (
                <li key={entry.uuid}>
                  <span className={styles.when}>{moment(entry.occurredAt)}</span>{' '}
                  {label(t, 'contactlogContactCategory', entry.category)} · {label(t, 'contactlogContactChannel', entry.channel)}
                  <div className={styles.summary}>{entry.summary}</div>
                </li>
              ))}
            </ul>
          )}
          {toDeclare.gifts.map((gift) => (
            <p key={gift.uuid} className={styles.gift}>
              {t('contactlogFieldRequiresDeclaration', 'Must be declared')}: {gift.description} ({gift.estimatedValue} {gift.currency},{' '}
              {day(gift.offeredOn)})
            </p>
          ))}
          {toDeclare.count > toDeclare.gifts.length && (
            <p className={styles.gift}>{t('o3MoreToDeclare', '… and {{0}} more', { 0: toDeclare.count - toDeclare.gifts.length })}</p>
          )}
          <Button
            kind="ghost"
            size="sm"
            onClick={() => navigate({ to: `\${openmrsSpaBase}/patient/${patientUuid}/chart/boundaries` })}
          >
            {t('o3SeeAll', 'See the whole log')}
          </Button>
        </>
      )}
    </Tile>
  );
}
