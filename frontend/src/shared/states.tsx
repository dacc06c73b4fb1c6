import React from 'react';
import { useTranslation } from 'react-i18next';
import { Button, DataTableSkeleton, InlineNotification } from '@carbon/react';
import { type ApiError } from '../api/api';
import styles from './states.scss';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return <DataTableSkeleton role="progressbar" aria-label={label ?? t('contactlogLoading', 'Loading…')} showHeader={false} showToolbar={false} rowCount={3} />;
}

export function Empty({ message }: { message: string }) {
  return <p className={styles.empty}>{message}</p>;
}

/** A failed read: "not allowed" for a 403, the module's own message otherwise. */
export function Failure({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  if (error.forbidden) {
    return <NoPermission />;
  }
  return (
    <InlineNotification
      kind="error"
      lowContrast
      hideCloseButton
      title={error.message || t('errorNetwork', 'The server could not be reached. Check your connection and try again.')}
    />
  );
}

export function NoPermission() {
  const { t } = useTranslation();
  return (
    <InlineNotification kind="warning" lowContrast hideCloseButton title={t('errorForbidden', 'You are not allowed to do this.')} />
  );
}

/** One list's page controls: the API pages with startIndex/limit and says when there is a next page. */
export function Pager({
  startIndex,
  pageSize,
  hasNext,
  onChange,
}: {
  startIndex: number;
  pageSize: number;
  hasNext: boolean;
  onChange: (startIndex: number) => void;
}) {
  const { t } = useTranslation();
  if (startIndex === 0 && !hasNext) {
    return null;
  }
  return (
    <div className={styles.pager}>
      <Button kind="ghost" size="sm" disabled={startIndex === 0} onClick={() => onChange(Math.max(0, startIndex - pageSize))}>
        {t('o3Previous', 'Previous')}
      </Button>
      <span>{t('o3PageNumber', 'Page {{0}}', { 0: Math.floor(startIndex / pageSize) + 1 })}</span>
      <Button kind="ghost" size="sm" disabled={!hasNext} onClick={() => onChange(startIndex + pageSize)}>
        {t('o3Next', 'Next')}
      </Button>
    </div>
  );
}

/** A list's states in one place: skeleton, error (or no permission), empty, or what `children` renders. */
export function Loaded({
  isLoading,
  error,
  empty,
  emptyMessage,
  children,
}: {
  isLoading: boolean;
  error?: ApiError;
  empty: boolean;
  emptyMessage: string;
  children: () => React.ReactNode;
}) {
  if (isLoading) {
    return <Loading />;
  }
  if (error) {
    return <Failure error={error} />;
  }
  if (empty) {
    return <Empty message={emptyMessage} />;
  }
  return <>{children()}</>;
}
