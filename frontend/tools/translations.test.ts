import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseProperties, translationKey, translationText, translationsFrom } from './translations.mjs';

const root = join(__dirname, '..');
const read = (language: string) => JSON.parse(readFileSync(join(root, 'translations', `${language}.json`), 'utf8'));

function sources(dir: string): Array<string> {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !name.includes('.test.') ? [path] : [];
  });
}

describe('Translations', () => {
  it('turn the module messages into flat O3 keys and i18next placeholders', () => {
    expect(translationKey('boundaries.contactlog.field.summary')).toBe('contactlogFieldSummary');
    expect(translationKey('boundaries.contactlog.ContactChannel.EMAIL')).toBe('contactlogContactChannelEMAIL');
    expect(translationText("Voided by {0} on {1}: it''s {2}")).toBe("Voided by {{0}} on {{1}}: it's {{2}}");
    expect(translationsFrom(parseProperties('boundaries.title=x\nboundaries.a.b=Hello {0}\nother=y'))).toEqual({ aB: 'Hello {{0}}' });
  });

  it('are the same keys in English, French and Spanish', () => {
    const en = Object.keys(read('en'));
    expect(Object.keys(read('fr'))).toEqual(en);
    expect(Object.keys(read('es'))).toEqual(en);
  });

  it('have every key the code names', () => {
    const en = read('en');
    const used = sources(join(root, 'src')).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([A-Za-z0-9_]+)'/g)].map((match) => match[1]),
    );
    expect(used.length).toBeGreaterThan(100);
    expect(used.filter((key) => !(key in en))).toEqual([]);
  });
});
