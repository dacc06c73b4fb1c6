import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Checkbox, Stack, Table, TableBody, TableCell, TableHead, TableHeader, TableRow, TextInput } from '@carbon/react';
import { useConfig } from '@openmrs/esm-framework';
import { type ApiError, hasNext, type Page, type Ref, useBoundaries } from '../api/api';
import { type Gift, today } from '../contactlog/contact-log.resource';
import { csvUrl, day, label } from '../shared/format';
import { Empty, Failure, Loading, Pager } from '../shared/states';
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

function monthAgo() {
  const date = new Date();
  date.setMonth(date.getMonth() - 12);
  return date.toISOString().slice(0, 10);
}

function Period({ onRun }: { onRun: (from: string, to: string) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(monthAgo());
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
      <div className={styles.scroll}>{children}</div>
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
              <Table size="sm">
                <TableHead>
                  <TableRow>
                    <TableHeader>{t('contactlogFieldOfferedOn', 'Date offered')}</TableHeader>
                    <TableHeader>{t('contactlogFieldPatient', 'Patient')}</TableHeader>
                    <TableHeader>{t('contactlogFieldDescription', 'Description')}</TableHeader>
                    <TableHeader>{t('contactlogFieldEstimatedValue', 'Estimated value')}</TableHeader>
                    <TableHeader>{t('contactlogFieldRecipient', 'Offered to')}</TableHeader>
                    <TableHeader>{t('contactlogFieldDecision', 'Decision')}</TableHeader>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data?.results.map((gift) => (
                    <TableRow key={gift.uuid}>
                      <TableCell>{day(gift.offeredOn)}</TableCell>
                      <TableCell>{gift.patient?.display}</TableCell>
                      <TableCell className={styles.text}>{gift.description}</TableCell>
                      <TableCell>
                        {gift.estimatedValue} {gift.currency}
                      </TableCell>
                      <TableCell>{gift.recipientProvider?.display}</TableCell>
                      <TableCell>{label(t, 'contactlogGiftDecision', gift.decision)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
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
  return (
    <Stack gap={5}>
      <h3>{t('contactlogConcernsTitle', 'Boundary concern report')}</h3>
      <Period onRun={(from, to) => setQuery(`fromDate=${from}&toDate=${to}`)} />
      {query && (
        <ReportResult isLoading={isLoading} error={error} empty={!data?.results.length} csvPath={`report/concerns?${query}&format=csv`}>
              <Table size="sm">
                <TableHead>
                  <TableRow>
                    <TableHeader>{t('contactlogReportProvider', 'Provider')}</TableHeader>
                    <TableHeader>{t('contactlogFieldConcernKind', 'Kind of concern')}</TableHeader>
                    <TableHeader>{label(t, 'contactlogConcernSeverity', 'LOW')}</TableHeader>
                    <TableHeader>{label(t, 'contactlogConcernSeverity', 'MEDIUM')}</TableHeader>
                    <TableHeader>{label(t, 'contactlogConcernSeverity', 'HIGH')}</TableHeader>
                    <TableHeader>{t('contactlogReportTotal', 'Total')}</TableHeader>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {data?.results.map((row) => (
                    <TableRow key={`${row.provider?.uuid}-${row.kind}`}>
                      <TableCell>{row.provider?.display ?? t('contactlogReportNoProvider', '(no provider recorded)')}</TableCell>
                      <TableCell>{label(t, 'contactlogConcernKind', row.kind)}</TableCell>
                      <TableCell>{row.low}</TableCell>
                      <TableCell>{row.medium}</TableCell>
                      <TableCell>{row.high}</TableCell>
                      <TableCell>{row.total}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
        </ReportResult>
      )}
    </Stack>
  );
}
