import { openEditorPage } from '../common/boundaries-editor.js';

await openEditorPage(() => 'default');
