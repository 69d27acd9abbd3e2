/**
 * Every language has the same text as English: the same keys (allowing each
 * language its own plural forms), nothing empty, the same {{placeholders}}.
 */
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/content/load';
import { pseudoLocalise, pseudoResources } from '../../src/i18n/pseudo';
import { CONTENT_DIR } from './fixtures';

const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

function flatten(resources: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(resources)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else if (typeof value === 'object' && value !== null) {
      for (const [k, v] of flatten(value as Record<string, unknown>, path)) out.set(k, v);
    }
  }
  return out;
}

const placeholders = (text: string) =>
  [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();
const baseKey = (key: string) => key.replace(PLURAL_SUFFIX, '');

const { locales } = loadContent(CONTENT_DIR);
const english = new Map(Object.entries(locales.en!).map(([ns, r]) => [ns, flatten(r)]));

describe('text in every language', () => {
  for (const [lang, resources] of Object.entries(locales)) {
    it(`${lang}: no empty strings and placeholders match English`, () => {
      for (const [ns, flat] of Object.entries(resources).map(
        ([ns, r]) => [ns, flatten(r)] as const,
      )) {
        for (const [key, text] of flat) {
          expect(text.trim(), `${lang}/${ns}:${key}`).not.toBe('');
          const en = english.get(ns)?.get(key) ?? english.get(ns)?.get(`${baseKey(key)}_other`);
          if (en !== undefined)
            expect(placeholders(text), `${lang}/${ns}:${key}`).toEqual(placeholders(en));
        }
      }
    });

    it(`${lang}: has exactly the keys English has, with this language's plural forms`, () => {
      const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
      for (const [ns, enFlat] of english) {
        const flat = flatten((resources[ns] ?? {}) as Record<string, unknown>);
        const enBases = new Set([...enFlat.keys()].map(baseKey));
        const bases = new Set([...flat.keys()].map(baseKey));
        expect([...bases].sort(), `${lang}/${ns}`).toEqual([...enBases].sort());
        for (const base of enBases) {
          if (!enFlat.has(`${base}_other`)) continue;
          for (const category of categories) {
            expect(flat.has(`${base}_${category}`), `${lang}/${ns}:${base}_${category}`).toBe(true);
          }
        }
      }
    });
  }
});

describe('the pseudo-locale', () => {
  it('accents letters, keeps placeholders, and is about 30% longer', () => {
    const text = 'Call {{number}} now';
    const pseudo = pseudoLocalise(text);
    expect(pseudo).toMatch(/^\[Çáll \{\{number\}\} ñów/u);
    expect(pseudo).toContain('{{number}}');
    expect(pseudo.length).toBeGreaterThanOrEqual(Math.floor(text.length * 1.3));
  });

  it('pads in short runs, so longer text can still wrap on a small screen', () => {
    const pseudo = pseudoLocalise('x'.repeat(100));
    expect(pseudo.match(/~+/g)!.every((run) => run.length <= 8)).toBe(true);
    expect(pseudo.replace(/[^~]/g, '').length).toBe(30);
  });

  it('transforms every string of nested resources', () => {
    expect(pseudoResources({ a: { b: 'No' }, c: 'Yes' })).toEqual({
      a: { b: '[Ñó~]' },
      c: '[Ýés~]',
    });
  });
});
