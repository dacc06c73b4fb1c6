// Writes translations/{en,fr,es}.json from the module's own messages (api/src/main/resources/messages*.properties),
// so the frontend speaks with the module's words. `node tools/translations.mjs --check` fails when the committed
// files differ from what the properties give (run by `npm test`).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const resources = join(root, '..', 'api', 'src', 'main', 'resources');
const languages = { en: 'messages.properties', fr: 'messages_fr.properties', es: 'messages_es.properties' };

export function parseProperties(text) {
  const entries = {};
  const lines = text.replace(/\\\r?\n[ \t]*/g, '').split(/\r?\n/);
  for (const line of lines) {
    if (/^\s*([#!]|$)/.test(line)) {
      continue;
    }
    const match = /^\s*([^=:\s]+)\s*[=:]\s?(.*)$/.exec(line);
    if (match) {
      entries[match[1]] = match[2]
        .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)))
        .replace(/\\n/g, '\n')
        .replace(/\\(.)/g, '$1');
    }
  }
  return entries;
}

/** boundaries.contactlog.field.summary -> contactlogFieldSummary (O3 keys are flat, without dots). */
export function translationKey(propertyKey) {
  const [, ...parts] = propertyKey.split('.');
  return parts.map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1))).join('');
}

/** Java MessageFormat to i18next: {0} -> {{0}}, '' -> '. */
export function translationText(message) {
  return message.replace(/''/g, "'").replace(/\{(\d+)\}/g, '{{$1}}');
}

export function translationsFrom(properties) {
  const result = {};
  for (const key of Object.keys(properties).sort()) {
    if (!key.startsWith('boundaries.') || key === 'boundaries.title') {
      continue;
    }
    const name = translationKey(key);
    if (name in result) {
      throw new Error(`Two messages give the translation key ${name}`);
    }
    result[name] = translationText(properties[key]);
  }
  return result;
}

function generate() {
  const files = {};
  for (const [language, file] of Object.entries(languages)) {
    const properties = parseProperties(readFileSync(join(resources, file), 'utf8'));
    files[language] = JSON.stringify(translationsFrom(properties), null, 2) + '\n';
  }
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const files = generate();
  const check = process.argv.includes('--check');
  mkdirSync(join(root, 'translations'), { recursive: true });
  let stale = [];
  for (const [language, text] of Object.entries(files)) {
    const path = join(root, 'translations', `${language}.json`);
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {
        // missing counts as stale
      }
      if (current !== text) {
        stale.push(path);
      }
    } else {
      writeFileSync(path, text);
    }
  }
  if (stale.length) {
    console.error(`Out of date with messages*.properties (run npm run translations): ${stale.join(', ')}`);
    process.exit(1);
  }
}
