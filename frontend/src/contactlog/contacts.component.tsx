import React, { useState } from 'react';
import { type TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Select, SelectItem, Tag, TextInput } from '@carbon/react';
import { day, label, moment } from '../shared/format';
import { type Column, PagedLog } from '../shared/log-table.component';
import {
  anyContact,
  ConcernKinds,
  type ContactEntry,
  type ContactFilter,
  LoggedCategories,
  query,
  useContacts,
} from './contact-log.resource';
import { LogSection, RecordedNote, useLogSettings } from './log-section.component';
import { VoidEntry } from './void-entry.component';
import styles from './contact-log.scss';

/** A filter the API would refuse (400): its end before its start. */
const endsBeforeStart = (filter: ContactFilter) => Boolean(filter.fromDate && filter.toDate && filter.toDate < filter.fromDate);

/** The contact log's filter, as the API takes it; an end before the start is refused here as the API would. */
function ContactFilters({ filter, onChange }: { filter: ContactFilter; onChange: (filter: ContactFilter) => void }) {
  const { t } = useTranslation();
  return (
    <div className={styles.filters}>
      <Select
        id="boundaries-contacts-category"
        labelText={t('contactlogFieldCategory', 'Category')}
        value={filter.category}
        onChange={(e) => {
          const category = e.target.value;
          onChange({ ...filter, category, concernKind: category === 'BOUNDARY_CONCERN' ? filter.concernKind : '' });
        }}
      >
        <SelectItem value="" text={t('o3FilterAnyCategory', 'Any category')} />
        {LoggedCategories.map((category) => (
          <SelectItem key={category} value={category} text={label(t, 'contactlogContactCategory', category)} />
        ))}
      </Select>
      {filter.category === 'BOUNDARY_CONCERN' && (
        <Select
          id="boundaries-contacts-kind"
          labelText={t('contactlogFieldConcernKind', 'Kind of concern')}
          value={filter.concernKind}
          onChange={(e) => onChange({ ...filter, concernKind: e.target.value })}
        >
          <SelectItem value="" text={t('o3FilterAnyKind', 'Any kind')} />
          {ConcernKinds.map((kind) => (
            <SelectItem key={kind} value={kind} text={label(t, 'contactlogConcernKind', kind)} />
          ))}
        </Select>
      )}
      <TextInput
        id="boundaries-contacts-from"
        type="date"
        labelText={t('contactlogReportFromDate', 'From')}
        value={filter.fromDate}
        onChange={(e) => onChange({ ...filter, fromDate: e.target.value })}
      />
      <TextInput
        id="boundaries-contacts-to"
        type="date"
        labelText={t('contactlogReportToDate', 'To')}
        value={filter.toDate}
        invalid={endsBeforeStart(filter)}
        invalidText={t('o3FilterToBeforeFrom', 'The end date is before the start date.')}
        onChange={(e) => onChange({ ...filter, toDate: e.target.value })}
      />
    </div>
  );
}

/** The table's columns, in the words of `t`. */
function contactColumns(t: TFunction): Array<Column<ContactEntry>> {
  return [
    { header: t('contactlogFieldOccurredAt', 'When'), cell: (row) => moment(row.occurredAt) },
    {
      header: t('contactlogFieldChannel', 'Channel'),
      cell: (row) => (
        <>
          {label(t, 'contactlogContactChannel', row.channel)}
          <div className={styles.note}>{label(t, 'contactlogContactDirection', row.direction)}</div>
        </>
      ),
    },
    {
      header: t('contactlogFieldCategory', 'Category'),
      cell: (row) => (
        <>
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
        </>
      ),
    },
    {
      header: t('contactlogFieldSummary', 'Summary'),
      cell: (row) => (
        <>
          <div className={styles.text}>{row.summary}</div>
          <div className={styles.note}>{[row.provider?.display, row.staffUser?.display].filter(Boolean).join(', ')}</div>
          {row.followUpDate && (
            <div className={styles.note}>{t('contactlogFollowUp', 'Follow up by {{0}}', { 0: day(row.followUpDate) })}</div>
          )}
          <RecordedNote row={row} />
          {!row.voided && <VoidEntry path={`contact/${row.uuid}`} entry={`${moment(row.occurredAt)}: ${row.summary}`} />}
        </>
      ),
    },
    {
      header: t('contactlogFieldActions', 'Actions taken'),
      cell: (row) => (
        <>
          {row.actions.map((action) => label(t, 'contactlogActionTaken', action)).join(', ')}
          {row.actionsNote && <div className={styles.text}>{row.actionsNote}</div>}
        </>
      ),
    },
  ];
}

export default function Contacts({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const settings = useLogSettings();
  const { paging, includeVoided } = settings;
  const [filter, setFilter] = useState<ContactFilter>(anyContact);
  // The list keeps the last filter the API accepts: an end before the start is not sent.
  const [applied, setApplied] = useState<ContactFilter>(anyContact);
  const parameters = query({ includeVoided, ...applied });
  const result = useContacts(patientUuid, paging.startIndex, paging.pageSize, parameters);

  return (
    <LogSection
      id="boundaries-contacts"
      title={t('contactlogSectionContacts', 'Contacts')}
      settings={settings}
      csvPath={`contact?patient=${patientUuid}&format=csv${parameters}`}
      csvLabel={t('contactlogExportContacts', 'Export contacts (CSV)')}
    >
      <ContactFilters
        filter={filter}
        onChange={(next) => {
          setFilter(next);
          if (!endsBeforeStart(next)) {
            setApplied(next);
            paging.restart();
          }
        }}
      />
      <PagedLog result={result} emptyMessage={t('contactlogEmptyContacts', 'No contacts recorded.')} columns={contactColumns(t)} {...paging.pager} />
    </LogSection>
  );
}
