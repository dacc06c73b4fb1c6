/** The chart workspaces of this module (routes.json `workspaces2`), all in the `boundaries` window. */
export const Workspaces = {
  contact: 'boundaries-contact-form-workspace',
  gift: 'boundaries-gift-form-workspace',
  transfer: 'boundaries-transfer-form-workspace',
  thread: 'boundaries-thread-workspace',
} as const;
