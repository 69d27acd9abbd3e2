/**
 * content/languages.json: every language with text is described, and every
 * namespace file of a translated language says whether a fluent reader has
 * approved it. The namespace list comes from the files present.
 */
import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../../src/content/load';
import { checkContent, checkLanguages } from '../../src/content/check';
import { ContentError, formatProblem } from '../../src/content/problems';
import type { Languages } from '../../src/content/schema';
import { CONTENT_DIR, copyContent, editJson } from './fixtures';

function problemsIn(dir: string): string[] {
  try {
    return checkContent(loadContent(dir)).errors.map(formatProblem);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map(formatProblem);
    throw error;
  }
}

describe('translation review status', () => {
  const bundle = loadContent(CONTENT_DIR);

  it('the shipped content gives every translated namespace a status', () => {
    expect(checkLanguages(bundle.languages, bundle.locales).errors.map(formatProblem)).toEqual([]);
    for (const [lang, resources] of Object.entries(bundle.locales)) {
      if (lang === bundle.languages.source) continue;
      for (const namespace of Object.keys(resources)) {
        expect(
          bundle.languages.languages[lang]?.review[namespace],
          `${lang}/${namespace}`,
        ).toBeDefined();
      }
    }
  });

  it('names each language in itself', () => {
    expect(bundle.languages.languages.en?.name).toBe('English');
    expect(bundle.languages.languages.cy?.name).toBe('Cymraeg');
  });

  it('rejects a new namespace file that has no status', () => {
    const dir = copyContent();
    const cy = join(dir, 'locales', 'cy');
    mkdirSync(cy, { recursive: true });
    writeFileSync(join(cy, 'brand-new.json'), JSON.stringify({ a: 'b' }));
    expect(problemsIn(dir)).toContainEqual(
      expect.stringMatching(
        /languages\.json: node "cy": locales\/cy\/brand-new\.json has no review status/,
      ),
    );
  });

  it('rejects a language directory with no entry', () => {
    const dir = copyContent();
    mkdirSync(join(dir, 'locales', 'ga'), { recursive: true });
    writeFileSync(join(dir, 'locales', 'ga', 'ui.json'), JSON.stringify({ a: 'b' }));
    expect(problemsIn(dir)).toContainEqual(
      expect.stringMatching(/languages\.json: node "ga": locales\/ga has no entry here/),
    );
  });

  it('rejects "source" on a translation and an unknown status', () => {
    const dir = copyContent();
    editJson<Languages>(dir, 'languages.json', (file) => {
      file.languages.cy!.review.ui = { status: 'source' };
    });
    expect(problemsIn(dir)).toContainEqual(expect.stringMatching(/"ui" is marked "source"/));
    editJson<{ languages: Record<string, { review: Record<string, unknown> }> }>(
      dir,
      'languages.json',
      (file) => {
        file.languages.cy!.review.ui = { status: 'approved-ish' };
      },
    );
    expect(problemsIn(dir)).toContainEqual(expect.stringMatching(/^languages\.json: .*review\.ui/));
  });

  it('allows reviewer and date only on a reviewed namespace', () => {
    const dir = copyContent();
    editJson<{ languages: Record<string, { review: Record<string, unknown> }> }>(
      dir,
      'languages.json',
      (file) => {
        file.languages.cy!.review.ui = { status: 'reviewed', reviewedOn: '2026-12-01' };
        file.languages.cy!.review.pages = { status: 'awaiting-review', reviewedOn: '2026-12-01' };
      },
    );
    const problems = problemsIn(dir);
    expect(problems.some((p) => p.includes('review.ui'))).toBe(false);
    expect(problems).toContainEqual(expect.stringMatching(/review\.pages/));
  });
});
