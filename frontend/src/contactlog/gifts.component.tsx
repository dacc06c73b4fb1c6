import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Tag } from '@carbon/react';
import { useConfig } from '@openmrs/esm-framework';
import { hasNext, useBoundaries } from '../api/api';
import { day, label } from '../shared/format';
import { Loaded, Pager } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';
import { type GiftAssessment, today, useGifts } from './contact-log.resource';
import { LogTools, RecordedNote } from './contacts.component';
import styles from './contact-log.scss';

/** The chart's 12-month total of gifts received, as the API counts it for the threshold (a gift worth 0 today). */
export function useRunningTotal(patientUuid: string) {
  return useBoundaries<GiftAssessment>(`gift/assessment?patient=${patientUuid}&estimatedValue=0&offeredOn=${today()}`);
}

export default function Gifts({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { pageSize } = useConfig<BoundariesConfig>();
  const [startIndex, setStartIndex] = useState(0);
  const [includeVoided, setIncludeVoided] = useState(false);
  const { data, error, isLoading } = useGifts(patientUuid, startIndex, pageSize, includeVoided);
  const { data: total } = useRunningTotal(patientUuid);
  const policy = data?.policy;

  return (
    <section className={styles.section} aria-labelledby="boundaries-gifts">
      <div className={styles.sectionHeader}>
        <h3 id="boundaries-gifts">{t('contactlogSectionGifts', 'Gifts')}</h3>
        <LogTools
          id="boundaries-gifts-voided"
          includeVoided={includeVoided}
          onIncludeVoided={(checked) => {
            setIncludeVoided(checked);
            setStartIndex(0);
          }}
          csvPath={`gift?patient=${patientUuid}&format=csv`}
          csvLabel={t('contactlogExportGifts', 'Export gifts (CSV)')}
        />
      </div>
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
      <Loaded isLoading={isLoading} error={error} empty={!data?.results.length} emptyMessage={t('contactlogEmptyGifts', 'No gifts recorded.')}>
        {() => (
        <div className={styles.scroll}>
          <Table size="sm" useZebraStyles={false}>
            <TableHead>
              <TableRow>
                <TableHeader>{t('contactlogFieldOfferedOn', 'Date offered')}</TableHeader>
                <TableHeader>{t('contactlogFieldDescription', 'Description')}</TableHeader>
                <TableHeader>{t('contactlogFieldEstimatedValue', 'Estimated value')}</TableHeader>
                <TableHeader>{t('contactlogFieldDonor', 'Offered by')}</TableHeader>
                <TableHeader>{t('contactlogFieldDecision', 'Decision')}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {data?.results.map((gift) => (
                <TableRow key={gift.uuid} className={gift.voided ? styles.voided : undefined}>
                  <TableCell>{day(gift.offeredOn)}</TableCell>
                  <TableCell>
                    <div className={styles.text}>{gift.description}</div>
                    <div className={styles.note}>
                      {label(t, 'contactlogGiftKind', gift.kind)} · {gift.recipientProvider?.display}
                    </div>
                    <RecordedNote row={gift} />
                  </TableCell>
                  <TableCell>
                    {gift.estimatedValue} {gift.currency}
                    {gift.requiresDeclaration && (
                      <div>
                        <Tag type="red" size="sm">
                          {t('contactlogFieldRequiresDeclaration', 'Must be declared')}
                        </Tag>
                      </div>
                    )}
                  </TableCell>
                  <TableCell>
                    {label(t, 'contactlogGiftDonor', gift.donor)}
                    {gift.donorName && <div className={styles.text}>{gift.donorName}</div>}
                  </TableCell>
                  <TableCell>
                    {label(t, 'contactlogGiftDecision', gift.decision)}
                    {gift.reason && <div className={styles.text}>{gift.reason}</div>}
                    {gift.declaredOn && (
                      <div className={styles.note}>
                        {t('contactlogFieldDeclaredOn', 'Declared to the register on')} {day(gift.declaredOn)}
                      </div>
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
        )}
      </Loaded>
      <Pager startIndex={startIndex} pageSize={pageSize} hasNext={hasNext(data)} onChange={setStartIndex} />
    </section>
  );
}
