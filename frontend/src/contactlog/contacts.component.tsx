import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, Tag } from '@carbon/react';
import { useConfig } from '@openmrs/esm-framework';
import { hasNext, Privileges, useBoundariesSession } from '../api/api';
import { csvUrl, day, label, moment } from '../shared/format';
import { Loaded, Pager } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';
import { useContacts, type Recorded } from './contact-log.resource';
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

/** A log section's tools: voided entries on request (for those who may void) and the CSV export. */
export function LogTools({
  id,
  includeVoided,
  onIncludeVoided,
  csvPath,
  csvLabel,
}: {
  id: string;
  includeVoided: boolean;
  onIncludeVoided: (checked: boolean) => void;
  csvPath: string;
  csvLabel: string;
}) {
  const { t } = useTranslation();
  const { can } = useBoundariesSession();
  return (
    <div className={styles.tools}>
      {can(Privileges.voidContactLog) && (
        <Checkbox
          id={id}
          labelText={t('contactlogShowVoided', 'Show voided entries')}
          checked={includeVoided}
          onChange={(_, { checked }) => onIncludeVoided(checked)}
        />
      )}
      <a href={csvUrl(csvPath)} download>
        {csvLabel}
      </a>
    </div>
  );
}

export default function Contacts({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const { pageSize } = useConfig<BoundariesConfig>();
  const [startIndex, setStartIndex] = useState(0);
  const [includeVoided, setIncludeVoided] = useState(false);
  const { data, error, isLoading } = useContacts(patientUuid, startIndex, pageSize, includeVoided);

  return (
    <section className={styles.section} aria-labelledby="boundaries-contacts">
      <div className={styles.sectionHeader}>
        <h3 id="boundaries-contacts">{t('contactlogSectionContacts', 'Contacts')}</h3>
        <LogTools
          id="boundaries-contacts-voided"
          includeVoided={includeVoided}
          onIncludeVoided={(checked) => {
            setIncludeVoided(checked);
            setStartIndex(0);
          }}
          csvPath={`contact?patient=${patientUuid}&format=csv`}
          csvLabel={t('contactlogExportContacts', 'Export contacts (CSV)')}
        />
      </div>
      <Loaded isLoading={isLoading} error={error} empty={!data?.results.length} emptyMessage={t('contactlogEmptyContacts', 'No contacts recorded.')}>
        {() => (
        <div className={styles.scroll}>
          <Table size="sm" useZebraStyles={false}>
            <TableHead>
              <TableRow>
                <TableHeader>{t('contactlogFieldOccurredAt', 'When')}</TableHeader>
                <TableHeader>{t('contactlogFieldChannel', 'Channel')}</TableHeader>
                <TableHeader>{t('contactlogFieldCategory', 'Category')}</TableHeader>
                <TableHeader>{t('contactlogFieldSummary', 'Summary')}</TableHeader>
                <TableHeader>{t('contactlogFieldActions', 'Actions taken')}</TableHeader>
              </TableRow>
            </TableHead>
            <TableBody>
              {data?.results.map((row) => (
                <TableRow key={row.uuid} className={row.voided ? styles.voided : undefined}>
                  <TableCell>{moment(row.occurredAt)}</TableCell>
                  <TableCell>
                    {label(t, 'contactlogContactChannel', row.channel)}
                    <div className={styles.note}>{label(t, 'contactlogContactDirection', row.direction)}</div>
                  </TableCell>
                  <TableCell>
                    {row.category === 'BOUNDARY_CONCERN' ? (
                      <Tag type="red" size="sm">
                        {label(t, 'contactlogContactCategory', row.category)}
                      </Tag>
                    ) : (
                      label(t, 'contactlogContactCategory', row.category)
                    )}
                    {row.concernKind && (
                      <div className={styles.note}>
                        {label(t, 'contactlogConcernKind', row.concernKind)} · {label(t, 'contactlogConcernSeverity', row.severity)}
                      </div>
                    )}
                  </TableCell>
                  <TableCell>
                    <div className={styles.text}>{row.summary}</div>
                    <div className={styles.note}>{[row.provider?.display, row.staffUser?.display].filter(Boolean).join(', ')}</div>
                    {row.followUpDate && (
                      <div className={styles.note}>{t('contactlogFollowUp', 'Follow up by {{0}}', { 0: day(row.followUpDate) })}</div>
                    )}
                    <RecordedNote row={row} />
                  </TableCell>
                  <TableCell>
                    {row.actions.map((action) => label(t, 'contactlogActionTaken', action)).join(', ')}
                    {row.actionsNote && <div className={styles.text}>{row.actionsNote}</div>}
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
