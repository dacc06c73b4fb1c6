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

const list = (resource: string, patientUuid: string, startIndex: number, limit: number, includeVoided = false) =>
  `${resource}?patient=${patientUuid}&startIndex=${startIndex}&limit=${limit}${includeVoided ? '&includeVoided=true' : ''}`;

export function useContacts(patientUuid: string, startIndex: number, limit: number, includeVoided = false) {
  return useBoundaries<Page<ContactEntry>>(list('contact', patientUuid, startIndex, limit, includeVoided));
}

export function useGifts(patientUuid: string, startIndex: number, limit: number, includeVoided = false) {
  return useBoundaries<Page<Gift> & { policy: GiftPolicy }>(list('gift', patientUuid, startIndex, limit, includeVoided));
}

export function useTransfers(patientUuid: string, startIndex: number, limit: number, includeVoided = false) {
  return useBoundaries<Page<Transfer>>(list('transfer', patientUuid, startIndex, limit, includeVoided));
}

export function useProviders(query: string) {
  return useBoundaries<Page<Ref & { identifier?: string }>>(`contact/providers?q=${encodeURIComponent(query.trim())}`);
}

/** Today as yyyy-MM-dd in the browser's time zone (the API's days). */
export function today() {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Boundary concerns logged within the last `months` months, among the chart's latest contacts (one page). */
export function useRecentConcerns(patientUuid: string, months: number) {
  const { data, error, isLoading } = useContacts(patientUuid, 0, 50);
  const since = new Date();
  since.setMonth(since.getMonth() - months);
  const concerns = (data?.results ?? []).filter(
    (entry) => entry.category === 'BOUNDARY_CONCERN' && !entry.voided && new Date(entry.occurredAt) >= since,
  );
  return { concerns, contacts: data?.results ?? [], error, isLoading };
}
