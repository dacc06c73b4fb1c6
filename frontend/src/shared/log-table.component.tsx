import React, { useState } from 'react';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@carbon/react';
import { useConfig } from '@openmrs/esm-framework';
import { type ApiError, hasNext, type Page } from '../api/api';
import { type BoundariesConfig } from '../config-schema';
import { Loaded, Pager } from './states';
import styles from './log-table.scss';

/** What a row of a log usually has: rows without a uuid name their key with `rowKey`. */
type Recorded = { uuid: string; voided?: boolean };

/** One column of a log's table: its header and what a row shows in it. */
export interface Column<T> {
  header: string;
  cell: (row: T) => React.ReactNode;
}

/**
 * A log's table, one row per entry (struck through when voided). It scrolls inside its own container, so a narrow
 * screen never scrolls the page sideways.
 */
export function LogTable<T extends object>({
  columns,
  rows,
  rowKey = (row) => (row as Recorded).uuid,
}: {
  columns: Array<Column<T>>;
  rows: Array<T>;
  rowKey?: (row: T) => string;
}) {
  return (
    <div className={styles.scroll}>
      <Table size="sm" useZebraStyles={false}>
        <TableHead>
          <TableRow>
            {columns.map((column) => (
              <TableHeader key={column.header}>{column.header}</TableHeader>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)} className={(row as Recorded).voided ? styles.voided : undefined}>
              {columns.map((column) => (
                <TableCell key={column.header}>{column.cell(row)}</TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}

/**
 * Where a paged list stands: the first row's index and the configured page size, as the page controls take them
 * (`pager`); `restart` goes back to the first page (after a filter changed).
 */
export function usePaging() {
  const { pageSize } = useConfig<BoundariesConfig>();
  const [startIndex, setStartIndex] = useState(0);
  return { startIndex, pageSize, restart: () => setStartIndex(0), pager: { startIndex, pageSize, onPage: setStartIndex } };
}

/** A paged log: its states (loading, error or no permission, empty), the page as a table, and the page controls. */
export function PagedLog<T extends object>({
  result,
  emptyMessage,
  columns,
  rowKey,
  startIndex,
  pageSize,
  onPage,
}: {
  result: { data?: Page<T>; error?: ApiError; isLoading: boolean };
  emptyMessage: string;
  columns: Array<Column<T>>;
  rowKey?: (row: T) => string;
  startIndex: number;
  pageSize: number;
  onPage: (startIndex: number) => void;
}) {
  const { data, error, isLoading } = result;
  return (
    <>
      <Loaded isLoading={isLoading} error={error} empty={!data?.results.length} emptyMessage={emptyMessage}>
        {() => <LogTable columns={columns} rows={data?.results ?? []} rowKey={rowKey} />}
      </Loaded>
      <Pager startIndex={startIndex} pageSize={pageSize} hasNext={hasNext(data)} onChange={onPage} />
    </>
  );
}
