// The boundary concern report: concerns in a period counted by provider and kind, by severity; CSV too.

import { startPage } from '../common/page.js';
import { t } from '../common/i18n.js';
import { label, reportPage } from '../common/contact-log.js';

await startPage();

reportPage({
  path: '/report/concerns',
  row: (line) => [
    line.provider ? line.provider.display : t('boundaries.contactlog.report.noProvider'),
    label('ConcernKind', line.kind),
    { text: String(line.low), num: true },
    { text: String(line.medium), num: true },
    { text: String(line.high), num: true },
    { text: String(line.total), num: true },
  ],
});
