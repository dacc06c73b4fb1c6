import { openEditorPage } from '../common/boundaries-editor.js';

// A manager may open another provider's profile with ?provider=<uuid>; everyone else edits their own.
await openEditorPage((session) => new URLSearchParams(location.search).get('provider') || session.providerUuid);
