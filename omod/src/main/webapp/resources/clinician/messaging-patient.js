import { startPage } from '../common/page.js';
import { param } from '../common/messaging.js';
import { showPatientThreads } from './messaging-chart.js';

await startPage();
await showPatientThreads(document.getElementById('patient-messages'), param('patient'));
