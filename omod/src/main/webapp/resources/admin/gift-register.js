// The gift register: every gift offered in a period across patients, by provider, decision and threshold; CSV too.

import { startPage } from '../common/page.js';
import { t } from '../common/i18n.js';
import { fillSelect, label, formatDay, reportPage } from '../common/contact-log.js';

await startPage();
const form = document.getElementById('report-form');
fillSelect(form.decision, 'GiftDecision', 'boundaries.contactlog.report.anyDecision');

document.addEventListener('report-loaded', (event) => {
  const policy = event.detail.policy;
  document.getElementById('policy').textContent = t('boundaries.contactlog.gift.policy', policy.threshold, policy.currency);
});

reportPage({
  path: '/report/gifts',
  paged: true,
  extraParams: (reportForm) => {
    const extra = {};
    if (reportForm.decision.value) {
      extra.decision = reportForm.decision.value;
    }
    if (reportForm.aboveThreshold.checked) {
      extra.aboveThreshold = 'true';
    }
    return extra;
  },
  row: (gift) => [
    formatDay(gift.offeredOn),
    gift.patient.display,
    gift.description + ' — ' + label('GiftKind', gift.kind),
    { text: gift.estimatedValue + ' ' + gift.currency, num: true },
    [gift.recipientProvider, gift.recipientUser].filter(Boolean).map((who) => who.display).join(' / '),
    label('GiftDonor', gift.donor) + (gift.donorName ? ' — ' + gift.donorName : ''),
    label('GiftDecision', gift.decision),
    gift.declaredOn || !gift.requiresDeclaration ? formatDay(gift.declaredOn)
      : t('boundaries.contactlog.gift.requiresDeclaration'),
  ],
});
