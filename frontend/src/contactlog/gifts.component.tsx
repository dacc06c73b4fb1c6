import React, { useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Checkbox, Tag } from '@carbon/react';
import { useBoundaries } from '../api/api';
import { day, label } from '../shared/format';
import { type Column, PagedLog } from '../shared/log-table.component';
import { type Gift, type GiftAssessment, query, today, useGifts } from './contact-log.resource';
import { LogSection, RecordedNote, useLogSettings } from './log-section.component';
import { VoidEntry } from './void-entry.component';
import styles from './contact-log.scss';

/** The chart's 12-month total of gifts received, as the API counts it for the threshold (a gift worth 0 today). */
export function useRunningTotal(patientUuid: string) {
  return useBoundaries<GiftAssessment>(`gift/assessment?patient=${patientUuid}&estimatedValue=0&offeredOn=${today()}`);
}

/** The table's columns, in the words of `t`. */
function giftColumns(t: TFunction): Array<Column<Gift>> {
  return [
    { header: t('contactlogFieldOfferedOn', 'Date offered'), cell: (gift) => day(gift.offeredOn) },
    {
      header: t('contactlogFieldDescription', 'Description'),
      cell: (gift) => (
        <>
          <div className={styles.text}>{gift.description}</div>
          <div className={styles.note}>
            {label(t, 'contactlogGiftKind', gift.kind)} · {gift.recipientProvider?.display}
          </div>
          <RecordedNote row={gift} />
          {!gift.voided && <VoidEntry path={`gift/${gift.uuid}`} entry={`${day(gift.offeredOn)}: ${gift.description}`} />}
        </>
      ),
    },
    {
      header: t('contactlogFieldEstimatedValue', 'Estimated value'),
      cell: (gift) => (
        <>
          {gift.estimatedValue} {gift.currency}
          {gift.requiresDeclaration && (
            <div>
              <Tag type="red" size="sm">
                {t('contactlogFieldRequiresDeclaration', 'Must be declared')}
              </Tag>
            </div>
          )}
        </>
      ),
    },
    {
      header: t('contactlogFieldDonor', 'Offered by'),
      cell: (gift) => (
        <>
          {label(t, 'contactlogGiftDonor', gift.donor)}
          {gift.donorName && <div className={styles.text}>{gift.donorName}</div>}
        </>
      ),
    },
    {
      header: t('contactlogFieldDecision', 'Decision'),
      cell: (gift) => (
        <>
          {label(t, 'contactlogGiftDecision', gift.decision)}
          {gift.reason && <div className={styles.text}>{gift.reason}</div>}
          {gift.declaredOn && (
            <div className={styles.note}>
              {t('contactlogFieldDeclaredOn', 'Declared to the register on')} {day(gift.declaredOn)}
            </div>
          )}
        </>
      ),
    },
  ];
}

export default function Gifts({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const settings = useLogSettings();
  const { paging, includeVoided } = settings;
  const [awaitingDeclaration, setAwaitingDeclaration] = useState(false);
  const parameters = query({ includeVoided, awaitingDeclaration });
  const result = useGifts(patientUuid, paging.startIndex, paging.pageSize, parameters);
  const { data: total } = useRunningTotal(patientUuid);
  const policy = result.data?.policy;

  return (
    <LogSection
      id="boundaries-gifts"
      title={t('contactlogSectionGifts', 'Gifts')}
      settings={settings}
      csvPath={`gift?patient=${patientUuid}&format=csv${parameters}`}
      csvLabel={t('contactlogExportGifts', 'Export gifts (CSV)')}
    >
      {policy && (
        <p className={styles.policy}>
          {t('contactlogGiftPolicy', 'Declaration threshold: {{0}} {{1}}.', { 0: policy.threshold, 1: policy.currency })}{' '}
          {total &&
            t('o3GiftRunningTotal', 'Gifts received on this chart in the last 12 months: {{0}} {{1}}.', {
              0: total.runningTotal,
              1: policy.currency,
            })}{' '}
          {total?.runningTotalReachesThreshold && (
            <Tag type="red" size="sm">
              {t('contactlogGiftRequiresDeclaration', 'At or over the declaration threshold')}
            </Tag>
          )}
        </p>
      )}
      <div className={styles.filters}>
        <Checkbox
          id="boundaries-gifts-awaiting"
          labelText={t('o3FilterAwaitingDeclaration', 'Awaiting declaration only')}
          checked={awaitingDeclaration}
          onChange={(_, { checked }) => {
            setAwaitingDeclaration(checked);
            paging.restart();
          }}
        />
      </div>
      <PagedLog result={result} emptyMessage={t('contactlogEmptyGifts', 'No gifts recorded.')} columns={giftColumns(t)} {...paging.pager} />
    </LogSection>
  );
}
