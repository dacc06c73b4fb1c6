import { createDashboard, defineConfigSchema, getAsyncLifecycle, getSyncLifecycle } from '@openmrs/esm-framework';
import { configSchema } from './config-schema';
import BoundariesActionButton from './contactlog/action-button.extension';
import BoundariesAppMenuLink from './app-menu-link.component';

const moduleName = '@openmrs/esm-boundaries-app';

const options = {
  featureName: 'boundaries',
  moduleName,
};

export const importTranslation = require.context('../translations', false, /.json$/, 'lazy');

export function startupApp() {
  defineConfigSchema(moduleName, configSchema);
}

export const root = getAsyncLifecycle(() => import('./root.component'), options);

// The dashboard link's title is a translation key of this module: t('o3Dashboard', 'Boundaries')
export const boundariesDashboardLink = getSyncLifecycle(createDashboard({ path: 'boundaries', title: 'o3Dashboard' }), options);
export const boundariesDashboard = getAsyncLifecycle(() => import('./contactlog/dashboard.component'), options);
export const boundariesSummaryCard = getAsyncLifecycle(() => import('./contactlog/summary-card.component'), options);
export const boundariesBannerTag = getAsyncLifecycle(() => import('./contactlog/banner-tag.component'), options);
export const boundariesInboxWidget = getAsyncLifecycle(() => import('./messaging/inbox-widget.component'), options);
export const boundariesAppMenuLink = getSyncLifecycle(BoundariesAppMenuLink, options);
export const boundariesActionButton = getSyncLifecycle(BoundariesActionButton, options);

export const contactFormWorkspace = getAsyncLifecycle(() => import('./contactlog/contact-form.workspace'), options);
export const giftFormWorkspace = getAsyncLifecycle(() => import('./contactlog/gift-form.workspace'), options);
export const transferFormWorkspace = getAsyncLifecycle(() => import('./contactlog/transfer-form.workspace'), options);
export const threadWorkspace = getAsyncLifecycle(() => import('./messaging/thread.workspace'), options);
