import React from 'react';
import { useTranslation } from 'react-i18next';
import { type Page, type Ref, useBoundaries } from '../api/api';
import { label, moment } from '../shared/format';
import { type Column, PagedLog, usePaging } from '../shared/log-table.component';

interface Acknowledgement {
  uuid: string;
  provider: Ref;
  version: number;
  dateAcknowledged: string;
  method: string;
  recordedBy?: Ref;
}

/** Which provider's boundaries, in which version, the patient acknowledged, and how. */
export default function Acknowledgements({ patientUuid }: { patientUuid: string }) {
  const { t } = useTranslation();
  const paging = usePaging();
  const result = useBoundaries<Page<Acknowledgement>>(
    `acknowledgement?patient=${patientUuid}&startIndex=${paging.startIndex}&limit=${paging.pageSize}`,
  );
  const columns: Array<Column<Acknowledgement>> = [
    { header: t('inClinicColumnProvider', 'Provider'), cell: (ack) => ack.provider.display },
    { header: t('inClinicColumnVersion', 'Version'), cell: (ack) => ack.version },
    { header: t('inClinicColumnDate', 'Date'), cell: (ack) => moment(ack.dateAcknowledged) },
    { header: t('inClinicColumnMethod', 'How'), cell: (ack) => label(t, 'method', ack.method) },
  ];
  return (
    <section aria-labelledby="boundaries-acknowledgements">
      <h3 id="boundaries-acknowledgements">{t('contactlogChartAcknowledgements', 'Boundaries acknowledged by this patient')}</h3>
      <PagedLog result={result} emptyMessage={t('inClinicNone', 'No acknowledgement recorded yet.')} columns={columns} {...paging.pager} />
    </section>
  );
}
