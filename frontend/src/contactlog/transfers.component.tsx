import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@openmrs/esm-framework';
import { hasNext } from '../api/api';
import { day } from '../shared/format';
import { Loaded, Pager } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';
import { useTransfers } from './contact-log.resource';
import { RecordedNote } from './log-section.component';
import { VoidEntry } from './void-entry.component';
import styles from './contact-log.scss';

export default function Transfers({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { pageSize } = useConfig<BoundariesConfig>();
  const [startIndex, setStartIndex] = useState(0);
  const { data, error, isLoading } = useTransfers(patientUuid, startIndex, pageSize);

  return (
    <section className={styles.section} aria-labelledby="boundaries-transfers">
      <h3 id="boundaries-transfers">{t('contactlogSectionTransfers', 'Transfers of care')}</h3>
      <Loaded isLoading={isLoading} error={error} empty={!data?.results.length} emptyMessage={t('contactlogEmptyTransfers', 'No transfers of care recorded.')}>
        {() => (
        <ul className={styles.list}>
          {data?.results.map((transfer) => (
            <li key={transfer.uuid} className={transfer.voided ? styles.voided : undefined}>
              <strong>
                {t('contactlogTransferMoves', 'Care moves from {{0}} to {{1}} from {{2}}.', {
                  0: transfer.fromProvider.display,
                  1: transfer.toProvider.display,
                  2: day(transfer.effectiveDate),
                })}
              </strong>
              {transfer.endsRelationship && <div>{t('contactlogTransferEndsLabel', 'Ends the professional relationship')}</div>}
              <div className={styles.text}>{transfer.reason}</div>
              <RecordedNote row={transfer} />
              {!transfer.voided && <VoidEntry path={`transfer/${transfer.uuid}`} entry={transfer.reason} />}
            </li>
          ))}
        </ul>
        )}
      </Loaded>
      <Pager startIndex={startIndex} pageSize={pageSize} hasNext={hasNext(data)} onChange={setStartIndex} />
    </section>
  );
}
