import { Type } from '@openmrs/esm-framework';

export const configSchema = {
  pageSize: {
    _type: Type.Number,
    _default: 10,
    _description: 'Rows per page in the lists of the Boundaries dashboard, inbox and reports (the API allows 1 to 100).',
  },
  summaryRows: {
    _type: Type.Number,
    _default: 3,
    _description: 'How many of the latest contacts, and of the gifts awaiting declaration, the summary card lists.',
  },
  concernTagMonths: {
    _type: Type.Number,
    _default: 12,
    _description: 'A boundary concern logged within this many months shows the tag under the patient banner.',
  },
};

export interface BoundariesConfig {
  pageSize: number;
  summaryRows: number;
  concernTagMonths: number;
}
