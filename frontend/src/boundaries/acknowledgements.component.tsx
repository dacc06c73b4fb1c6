import React, { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@carbon/react';
import { useConfig } from '@openmrs/esm-framework';
import { hasNext, type Page, type Ref, useBoundaries } from '../api/api';
import { label, moment } from '../shared/format';
import { Loaded, Pager } from '../shared/states';
import { type BoundariesConfig } from '../config-schema';

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
  const { pageSize } = useConfig<BoundariesConfig>();
  const [startIndex, setStartIndex] = useState(0);
  const { data, error, isLoading } = useBoundaries<Page<Acknowledgement>>(
    `acknowledgement?patient=${patientUuid}&startIndex=${startIndex}&limit=${pageSize}`,
  );
  return (
    <section aria-labelledby="boundaries-acknowledgements">
      <h3 id="boundaries-acknowledgements">{t('contactlogChartAcknowledgements', 'Boundaries acknowledged by this patient')}</h3>
      <Loaded isLoading={isLoading} error={error} empty={!data?.results.length} emptyMessage={t('inClinicNone', 'No acknowledgement recorded yet.')}>
        {() => (
        <Table size="sm">
          <TableHead>
            <TableRow>
              <TableHeader>{t('inClinicColumnProvider', 'Provider')}</TableHeader>
              <TableHeader>{t('inClinicColumnVersion', 'Version')}</TableHeader>
              <TableHeader>{t('inClinicColumnDate', 'Date')}</TableHeader>
              <TableHeader>{t('inClinicColumnMethod', 'How')}</TableHeader>
            </TableRow>
          </TableHead>
          <TableBody>
            {data?.results.map((ack) => (
              <TableRow key={ack.uuid}>
                <TableCell>{ack.provider.display}</TableCell>
                <TableCell>{ack.version}</TableCell>
                <TableCell>{moment(ack.dateAcknowledged)}</TableCell>
                <TableCell>{label(t, 'method', ack.method)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        )}
      </Loaded>
      <Pager startIndex={startIndex} pageSize={pageSize} hasNext={hasNext(data)} onChange={setStartIndex} />
    </section>
  );
}
