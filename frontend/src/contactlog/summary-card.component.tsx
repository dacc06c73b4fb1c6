import React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Tag, Tile } from '@carbon/react';
import { launchWorkspace2, navigate, useConfig } from '@openmrs/esm-framework';
import { Privileges, useBoundariesSession } from '../api/api';
import { day, label, moment } from '../shared/format';
import { Empty, Failure, Loading } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';
import { useGifts, useRecentConcerns } from './contact-log.resource';
import { Workspaces } from './workspaces';
import styles from './summary-card.scss';

/** The chart summary's Boundaries card: latest contacts, open concerns, gifts still to be declared. */
export default function BoundariesSummaryCard({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { summaryRows, concernTagMonths } = useConfig<BoundariesConfig>();
  const { can } = useBoundariesSession();
  const { concerns, contacts, error, isLoading } = useRecentConcerns(patientUuid, concernTagMonths);
  const { data: gifts } = useGifts(patientUuid, 0, 50);
  const undeclared = (gifts?.results ?? []).filter((gift) => gift.requiresDeclaration && !gift.declaredOn && !gift.voided);

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
            <Tag type={concerns.length ? 'red' : 'gray'}>{t('o3OpenConcerns', 'Open concerns: {{0}}', { 0: concerns.length })}</Tag>
            <Tag type={undeclared.length ? 'red' : 'gray'}>
              {t('o3GiftsToDeclare', 'Gifts to declare: {{0}}', { 0: undeclared.length })}
            </Tag>
          </div>
          {contacts.length === 0 ? (
            <Empty message={t('contactlogEmptyContacts', 'No contacts recorded.')} />
          ) : (
            <ul className={styles.list}>
              {contacts.slice(0, summaryRows).map((entry) => (
                <li key={entry.uuid}>
                  <span className={styles.when}>{moment(entry.occurredAt)}</span>{' '}
                  {label(t, 'contactlogContactCategory', entry.category)} · {label(t, 'contactlogContactChannel', entry.channel)}
                  <div className={styles.summary}>{entry.summary}</div>
                </li>
              ))}
            </ul>
          )}
          {undeclared.map((gift) => (
            <p key={gift.uuid} className={styles.gift}>
              {t('contactlogFieldRequiresDeclaration', 'Must be declared')}: {gift.description} ({gift.estimatedValue} {gift.currency},{' '}
              {day(gift.offeredOn)})
            </p>
          ))}
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
