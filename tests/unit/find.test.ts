// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createI18n, loadAllNamespaces } from '../../src/i18n';
import { buildIndex, concernOfNodes, search, words } from '../../src/ui/find/search';
import { QUICK_ENTRIES } from '../../src/ui/pages/StartPage';
import { content } from '../content/compiled';

async function index() {
  const i18n = await createI18n('en');
  await loadAllNamespaces(i18n);
  const topics = QUICK_ENTRIES.filter((c) => (content.variables.concern ?? []).includes(c));
  return buildIndex(content, (key) => i18n.t(key), topics);
}

describe('find', () => {
  it('splits text into searchable words, without accents or stop words', () => {
    expect(words('The LADO’s café: semi-nudes')).toEqual(
      ['lado', 's', 'cafe', 'semi', 'nudes'].filter((w) => w.length > 1),
    );
  });

  it('finds topics and advice by the words practitioners use', async () => {
    const entries = await index();
    for (const word of ['sextortion', 'nudes', 'LADO', 'teacher', 'missing']) {
      const found = search(entries, word);
      expect(found.length, word).toBeGreaterThan(0);
    }
    expect(search(entries, 'sextortion')[0]?.concern).toBe('online');
    expect(search(entries, 'missing').some((e) => e.kind === 'topic' && e.id === 'signs')).toBe(
      true,
    );
    expect(search(entries, 'zzzz')).toEqual([]);
    expect(search(entries, '  ')).toEqual([]);
  });

  it('knows which quick entry leads to each node', () => {
    const owner = concernOfNodes(content);
    expect(owner.get('disclosure')).toBe('told');
    expect(owner.has(content.emergency)).toBe(false);
  });
});
