import { startPage } from '../common/page.js';

await startPage();
