import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '@carbon/react';
import { Privileges, useBoundariesSession } from '../api/api';
import { csvUrl, moment } from '../shared/format';
import { usePaging } from '../shared/log-table.component';
import { type Recorded } from './contact-log.resource';
import styles from './contact-log.scss';

/** Who recorded a row and, for a voided one, who voided it, when and why (the row stays, struck through). */
export function RecordedNote({ row }: { row: Recorded }) {
  const { t } = useTranslation();
  return (
    <div className={styles.note}>
      {t('contactlogRecordedBy', 'Recorded by {{0}} on {{1}}', { 0: row.recordedBy?.display ?? '', 1: moment(row.dateRecorded) })}
      {row.voided && (
        <div>
          {t('contactlogVoidedBy', 'Voided by {{0}} on {{1}}: {{2}}', {
            0: row.voidedBy?.display ?? '',
            1: moment(row.dateVoided),
            2: row.voidReason ?? '',
          })}
        </div>
      )}
    </div>
  );
}

/** A chart log's list settings: its page, and voided entries shown on request (which starts again at page 1). */
export function useLogSettings() {
  const paging = usePaging();
  const [includeVoided, setIncludeVoided] = useState(false);
  const showVoided = (checked: boolean) => {
    setIncludeVoided(checked);
    paging.restart();
  };
  return { paging, includeVoided, showVoided };
}

export type LogSettings = ReturnType<typeof useLogSettings>;

/**
 * A section of the chart's log: its heading, voided entries on request (for those who may void), the CSV export of
 * what the list shows (`csvPath` carries its filter), then the list.
 */
export function LogSection({
  id,
  title,
  settings,
  csvPath,
  csvLabel,
  children,
}: {
  id: string;
  title: string;
  settings: LogSettings;
  csvPath: string;
  csvLabel: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { can } = useBoundariesSession();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <div className={styles.sectionHeader}>
        <h3 id={id}>{title}</h3>
        <div className={styles.tools}>
          {can(Privileges.voidContactLog) && (
            <Checkbox
              id={`${id}-voided`}
              labelText={t('contactlogShowVoided', 'Show voided entries')}
              checked={settings.includeVoided}
              onChange={(_, { checked }) => settings.showVoided(checked)}
            />
          )}
          <a href={csvUrl(csvPath)} download>
            {csvLabel}
          </a>
        </div>
      </div>
      {children}
    </section>
  );
}
