import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Stack, TextInput } from '@carbon/react';
import { useConfig } from '@openmrs/esm-framework';
import { type ApiError, hasNext, type Page, type Ref, useBoundaries } from '../api/api';
import { type Gift, monthsAgo, today } from '../contactlog/contact-log.resource';
import { csvUrl, day, label } from '../shared/format';
import { Empty, Failure, Loading, Pager } from '../shared/states';
import { type Column, LogTable } from '../shared/log-table.component';
import { type BoundariesConfig } from '../config-schema';
import styles from './reports.scss';

interface ConcernRow {
  provider?: Ref;
  kind: string;
  low: number;
  medium: number;
  high: number;
  total: number;
}

function Period({ onRun }: { onRun: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(monthsAgo(12));
  const [to, setTo] = useState(today());
  return (
    <div className={styles.period}>
      <TextInput id="report-from" type="date" labelText={t('contactlogReportFromDate', 'From')} value={from} onChange={(e) => setFrom(e.target.value)} />
      <TextInput id="report-to" type="date" labelText={t('contactlogReportToDate', 'To')} value={to} onChange={(e) => setTo(e.target.value)} />
      <Button size="md" onClick={() => onRun(from, to)}>
        {t('contactlogReportRun', 'Run report')}
      </Button>
    </div>
  );
}

/** A report's answer: loading, error, "nothing in this period", or its CSV link and table. */
function ReportResult({
  isLoading,
  error,
  empty,
  csvPath,
  children,
}: {
  isLoading: boolean;
  error?: ApiError;
  empty: boolean;
  csvPath: string;
  children: React.ReactNode;
}) {
  const { t } = useTranslation();
  if (isLoading) {
    return <Loading />;
  }
  if (error) {
    return <Failure error={error} />;
  }
  if (empty) {
    return <Empty message={t('contactlogReportNone', 'Nothing in this period.')} />;
  }
  return (
    <>
      <a href={csvUrl(csvPath)} download>
        {t('contactlogReportCsv', 'Download CSV')}
      </a>
      {children}
    </>
  );
}

/** The gift register across patients, for managers: gifts offered in a period, on screen and as CSV. */
export function GiftRegister() {
  const { t } = useTranslation();
  const { pageSize } = useConfig<BoundariesConfig>();
  const [query, setQuery] = useState<string | null>(null);
  const [aboveThreshold, setAboveThreshold] = useState(false);
  const [startIndex, setStartIndex] = useState(0);
  const { data, error, isLoading } = useBoundaries<Page<Gift & { patient: Ref }>>(
    query ? `report/gifts?${query}&startIndex=${startIndex}&limit=${pageSize}` : null,
  );
  const registerColumns: Array<Column<Gift & { patient: Ref }>> = [
    { header: t('contactlogFieldOfferedOn', 'Date offered'), cell: (gift) => day(gift.offeredOn) },
    { header: t('contactlogFieldPatient', 'Patient'), cell: (gift) => gift.patient?.display },
    { header: t('contactlogFieldDescription', 'Description'), cell: (gift) => <div className={styles.text}>{gift.description}</div> },
    { header: t('contactlogFieldEstimatedValue', 'Estimated value'), cell: (gift) => `${gift.estimatedValue} ${gift.currency}` },
    { header: t('contactlogFieldRecipient', 'Offered to'), cell: (gift) => gift.recipientProvider?.display },
    { header: t('contactlogFieldDecision', 'Decision'), cell: (gift) => label(t, 'contactlogGiftDecision', gift.decision) },
  ];
  return (
    <Stack gap={5}>
      <h3>{t('contactlogRegisterTitle', 'Gift register')}</h3>
      <Checkbox
        id="report-above"
        labelText={t('contactlogReportAboveThreshold', 'At or over the declaration threshold only')}
        checked={aboveThreshold}
        onChange={(_, { checked }) => setAboveThreshold(checked)}
      />
      <Period
        onRun={(from, to) => {
          setStartIndex(0);
          setQuery(`fromDate=${from}&toDate=${to}${aboveThreshold ? '&aboveThreshold=true' : ''}`);
        }}
      />
      {query && (
        <ReportResult isLoading={isLoading} error={error} empty={!data?.results.length} csvPath={`report/gifts?${query}&format=csv`}>
          <LogTable columns={registerColumns} rows={data?.results ?? []} />
        </ReportResult>
      )}
      {query && <Pager startIndex={startIndex} pageSize={pageSize} hasNext={hasNext(data)} onChange={setStartIndex} />}
    </Stack>
  );
}

/** The boundary concern report: concerns in a period counted by provider and kind, split by severity. */
export function ConcernReport() {
  const { t } = useTranslation();
  const [query, setQuery] = useState<string | null>(null);
  const { data, error, isLoading } = useBoundaries<Page<ConcernRow>>(query ? `report/concerns?${query}` : null);
  const concernColumns: Array<Column<ConcernRow>> = [
    {
      header: t('contactlogReportProvider', 'Provider'),
      cell: (row) => row.provider?.display ?? t('contactlogReportNoProvider', '(no provider recorded)'),
    },
    { header: t('contactlogFieldConcernKind', 'Kind of concern'), cell: (row) => label(t, 'contactlogConcernKind', row.kind) },
    { header: label(t, 'contactlogConcernSeverity', 'LOW'), cell: (row) => row.low },
    { header: label(t, 'contactlogConcernSeverity', 'MEDIUM'), cell: (row) => row.medium },
    { header: label(t, 'contactlogConcernSeverity', 'HIGH'), cell: (row) => row.high },
    { header: t('contactlogReportTotal', 'Total'), cell: (row) => row.total },
  ];
  return (
    <Stack gap={5}>
      <h3>{t('contactlogConcernsTitle', 'Boundary concern report')}</h3>
      <Period onRun={(from, to) => setQuery(`fromDate=${from}&toDate=${to}`)} />
      {query && (
        <ReportResult isLoading={isLoading} error={error} empty={!data?.results.length} csvPath={`report/concerns?${query}&format=csv`}>
          <LogTable columns={concernColumns} rows={data?.results ?? []} rowKey={(row) => `${row.provider?.uuid}-${row.kind}`} />
        </ReportResult>
      )}
    </Stack>
  );
}
