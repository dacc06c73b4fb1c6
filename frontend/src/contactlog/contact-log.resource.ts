import { type Page, type Ref, useBoundaries } from '../api/api';

export interface Recorded {
  uuid: string;
  display: string;
  recordedBy?: Ref;
  dateRecorded: string;
  voided: boolean;
  voidedBy?: Ref;
  dateVoided?: string;
  voidReason?: string;
}

export interface ContactEntry extends Recorded {
  occurredAt: string;
  direction: string;
  channel: string;
  staffUser?: Ref;
  provider?: Ref;
  summary: string;
  category: string;
  concernKind?: string;
  severity?: string;
  actions: Array<string>;
  actionsNote?: string;
  followUpDate?: string;
}

export interface Gift extends Recorded {
  description: string;
  kind: string;
  estimatedValue: number;
  currency: string;
  recipientProvider?: Ref;
  donor: string;
  donorName?: string;
  offeredOn: string;
  decision: string;
  reason?: string;
  declaredOn?: string;
  requiresDeclaration: boolean;
}

export interface GiftPolicy {
  threshold: number;
  currency: string;
  refuseCash: boolean;
}

export interface GiftAssessment {
  valueReachesThreshold: boolean;
  runningTotal: number;
  runningTotalReachesThreshold: boolean;
  cashRefused: boolean;
  warnings: Array<{ code: string; message: string }>;
}

export interface Transfer extends Recorded {
  fromProvider: Ref;
  toProvider: Ref;
  reason: string;
  endsRelationship: boolean;
  patientWarnedFirst: boolean;
  toldInWriting: boolean;
  letterDate?: string;
  recordsPassedOn?: string;
  effectiveDate: string;
}

export const ContactDirections = ['INBOUND', 'OUTBOUND'];
export const ContactChannels = [
  'PORTAL_MESSAGE',
  'CLINIC_PHONE',
  'PERSONAL_PHONE',
  'EMAIL',
  'SMS',
  'VIDEO',
  'SOCIAL_MEDIA',
  'IN_PERSON',
  'LETTER',
  'OTHER',
];
export const ContactCategories = ['ROUTINE', 'BOUNDARY_CONCERN', 'GIFT', 'COMPLAINT', 'OTHER'];
/** Every category an entry can have, for filtering: recording a transfer of care writes CARE_TRANSFER entries. */
export const LoggedCategories = ['ROUTINE', 'BOUNDARY_CONCERN', 'GIFT', 'COMPLAINT', 'CARE_TRANSFER', 'OTHER'];
export const ConcernKinds = [
  'ROMANTIC_OR_SEXUAL',
  'PERSONAL_RELATIONSHIP',
  'SOCIAL_MEDIA_CONTACT',
  'EXCESSIVE_CONTACT',
  'HARASSMENT_OR_THREAT',
  'FINANCIAL',
  'OTHER',
];
export const Severities = ['LOW', 'MEDIUM', 'HIGH'];
export const Actions = [
  'PATIENT_TOLD_OF_BOUNDARIES',
  'DECLINED',
  'NO_REPLY_ON_PERSONAL_CHANNEL',
  'CARE_TRANSFERRED',
  'PRACTICE_MANAGER_INFORMED',
  'DEFENCE_ORGANISATION_CONTACTED',
  'OTHER',
];
export const GiftKinds = ['CASH_OR_VOUCHER', 'CONSUMABLE', 'PERSONAL_ITEM', 'BEQUEST', 'HOSPITALITY'];
export const GiftDonors = ['PATIENT', 'RELATIVE', 'OTHER'];
export const GiftDecisions = ['ACCEPTED', 'DECLINED', 'RETURNED', 'PASSED_TO_ORGANISATION', 'PASSED_TO_CHARITY'];

/** The contact log's filter as the API takes it (see ChartParams): '' for "any". */
export interface ContactFilter {
  category: string;
  concernKind: string;
  fromDate: string;
  toDate: string;
}

export const anyContact: ContactFilter = { category: '', concernKind: '', fromDate: '', toDate: '' };

/** Query parameters from a list's settings, in their given order; empty and false ones are left out. */
export const query = (settings: Record<string, string | boolean>) =>
  Object.entries(settings)
    .filter(([, value]) => value)
    .map(([name, value]) => `&${name}=${encodeURIComponent(String(value))}`)
    .join('');

const list = (resource: string, patientUuid: string, startIndex: number, limit: number, parameters = '') =>
  `${resource}?patient=${patientUuid}&startIndex=${startIndex}&limit=${limit}${parameters}`;

/** `parameters` as {@link query} writes them: includeVoided, the filter, totalCount. */
export function useContacts(patientUuid: string, startIndex: number, limit: number, parameters = '') {
  return useBoundaries<Page<ContactEntry>>(list('contact', patientUuid, startIndex, limit, parameters));
}

export function useGifts(patientUuid: string, startIndex: number, limit: number, parameters = '') {
  return useBoundaries<Page<Gift> & { policy: GiftPolicy }>(list('gift', patientUuid, startIndex, limit, parameters));
}

export function useTransfers(patientUuid: string, startIndex: number, limit: number) {
  return useBoundaries<Page<Transfer>>(list('transfer', patientUuid, startIndex, limit));
}

export function useProviders(query: string) {
  return useBoundaries<Page<Ref & { identifier?: string }>>(`contact/providers?q=${encodeURIComponent(query.trim())}`);
}

/** A date as yyyy-MM-dd in the browser's time zone (the API's days). */
function dayOf(date: Date) {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function today() {
  return dayOf(new Date());
}

/** The day `months` months before today, as yyyy-MM-dd. */
export function monthsAgo(months: number) {
  const date = new Date();
  date.setMonth(date.getMonth() - months);
  return dayOf(date);
}

/**
 * How many unvoided boundary concerns occurred on the chart in the last `months` months: the API filters and counts
 * them over all pages (one row fetched).
 */
export function useRecentConcerns(patientUuid: string, months: number) {
  const { data, error, isLoading } = useContacts(
    patientUuid,
    0,
    1,
    query({ category: 'BOUNDARY_CONCERN', fromDate: monthsAgo(months), totalCount: true }),
  );
  return { count: data?.totalCount ?? 0, error, isLoading };
}

/** The chart's gifts at or over the threshold and not yet declared: the first `limit` and how many in all. */
export function useGiftsToDeclare(patientUuid: string, limit: number) {
  const { data, error, isLoading } = useGifts(patientUuid, 0, limit, query({ awaitingDeclaration: true, totalCount: true }));
  return { gifts: data?.results ?? [], count: data?.totalCount ?? 0, error, isLoading };
}
