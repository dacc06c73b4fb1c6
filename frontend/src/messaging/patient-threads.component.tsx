import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useConfig } from '@openmrs/esm-framework';
import { hasNext } from '../api/api';
import { Loaded, Pager } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';
import { usePatientThreads } from './messaging.resource';
import { ThreadRow } from './thread-row.component';
import styles from './messaging.scss';

/** The patient's portal threads on the chart, unread and overdue ones marked; each opens in the chart workspace. */
export default function PatientThreads({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { pageSize } = useConfig<BoundariesConfig>();
  const [startIndex, setStartIndex] = useState(0);
  const { data, error, isLoading } = usePatientThreads(patientUuid, startIndex, pageSize);
  return (
    <section aria-labelledby="boundaries-threads">
      <h3 id="boundaries-threads">{t('messagingChartTitle', 'Portal messages of this patient')}</h3>
      <Loaded isLoading={isLoading} error={error} empty={!data?.results.length} emptyMessage={t('messagingChartNone', 'This patient has no portal messages.')}>
        {() => (
        <ul className={styles.threads}>
          {data?.results.map((thread) => (
            <ThreadRow key={thread.uuid} thread={thread} />
          ))}
        </ul>
        )}
      </Loaded>
      <Pager startIndex={startIndex} pageSize={pageSize} hasNext={hasNext(data)} onChange={setStartIndex} />
    </section>
  );
}
