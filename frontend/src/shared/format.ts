import { formatDate, formatDatetime, parseDate } from '@openmrs/esm-framework';
import { boundariesUrl } from '../api/api';

/** A moment of the API (ISO 8601 with offset) as the user's locale writes it. */
export const moment = (iso?: string | null) => (iso ? formatDatetime(parseDate(iso), { mode: 'standard' }) : '');

/** A day of the API (yyyy-MM-dd). */
export const day = (iso?: string | null) => (iso ? formatDate(parseDate(iso), { time: false }) : '');

/** The address of one of the module's CSV downloads (sent with the session cookie by the browser). */
export const csvUrl = (path: string) => `${window.openmrsBase ?? ''}${boundariesUrl(path)}`;

/** An enum value of the API as the module's messages name it: label(t, 'contactlogContactChannel', 'EMAIL'). */
export const label = (t: (key: string, fallback: string) => string, prefix: string, value?: string | null) =>
  value ? t(prefix + value, value) : '';
