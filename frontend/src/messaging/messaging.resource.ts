import { type Page, type Ref, useBoundaries } from '../api/api';

export interface ThreadSummary {
  uuid: string;
  subject: string;
  category: string;
  patient: Ref;
  provider: Ref;
  closed: boolean;
  lastMessageAt: string;
  unread: boolean;
  awaitingReply: boolean;
  replyDueBy?: string;
  overdue?: boolean;
  flagged?: boolean;
}

export interface Message {
  uuid: string;
  sequence: number;
  senderRole: 'PATIENT' | 'STAFF' | 'AUTOMATIC' | 'STAFF_NOTE';
  sender?: Ref;
  dateSent: string;
  voided: boolean;
  body?: string;
  flagged?: boolean;
  voidReason?: string;
}

export interface Thread extends ThreadSummary {
  messages: Array<Message>;
  maxLength: number;
}

export interface InboxSummary {
  open: number;
  unread: number;
  awaitingReply: number;
  overdue: number;
  closed: number;
}

export const InboxFilters: Array<keyof InboxSummary> = ['overdue', 'unread', 'awaitingReply', 'open', 'closed'];

export function usePatientThreads(patientUuid: string, startIndex: number, limit: number) {
  return useBoundaries<Page<ThreadSummary>>(`thread?patient=${patientUuid}&startIndex=${startIndex}&limit=${limit}`);
}

export function useInbox(filter: keyof InboxSummary, startIndex: number, limit: number) {
  return useBoundaries<Page<ThreadSummary>>(`thread?filter=${filter}&startIndex=${startIndex}&limit=${limit}`);
}

export function useInboxSummary() {
  return useBoundaries<InboxSummary>('inbox/summary');
}

export function useThread(threadUuid: string) {
  return useBoundaries<Thread>(`thread/${threadUuid}`);
}
