import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { showSnackbar } from '@openmrs/esm-framework';
import { type ApiError, toApiError } from '../api/api';

export type FieldErrors = Record<string, string>;

/**
 * A form's submission: the form's own checks first (the same rules as the API), then the request; a 400 puts the
 * API's field errors beside their fields, anything else shows as the form's error. Success is announced with
 * `doneMessage` ("Saved." unless given).
 */
export function useSubmission(doneMessage?: string) {
  const { t } = useTranslation();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [submitting, setSubmitting] = useState(false);

  async function submit(checks: FieldErrors, request: () => Promise<unknown>, onDone: () => void) {
    setFailure(null);
    setFieldErrors(checks);
    if (Object.keys(checks).length) {
      return;
    }
    setSubmitting(true);
    try {
      await request();
      showSnackbar({ kind: 'success', title: doneMessage ?? t('contactlogSaved', 'Saved.'), isLowContrast: true });
      onDone();
    } catch (error) {
      const apiError = toApiError(error);
      const fromApi: FieldErrors = {};
      for (const [field, errors] of Object.entries(apiError.fieldErrors)) {
        fromApi[field] = errors.map((e) => e.message).join(' ');
      }
      setFieldErrors(fromApi);
      setFailure(apiError);
    } finally {
      setSubmitting(false);
    }
  }

  /** Forgets the last attempt's errors (a form closed and opened again starts clean). */
  function reset() {
    setFieldErrors({});
    setFailure(null);
  }

  return { fieldErrors, failure, submitting, submit, reset };
}

const pad = (n: number, width = 2) => String(Math.abs(n)).padStart(width, '0');

/** A datetime-local value (yyyy-MM-ddTHH:mm) as the API's moment: ISO 8601 with the browser's offset. */
export function toApiMoment(local: string) {
  const date = new Date(local);
  const offset = -date.getTimezoneOffset();
  return `${local}:00.000${offset >= 0 ? '+' : '-'}${pad(Math.floor(Math.abs(offset) / 60))}${pad(Math.abs(offset) % 60)}`;
}

/** Now as a datetime-local value. */
export function nowLocal() {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}`;
}
