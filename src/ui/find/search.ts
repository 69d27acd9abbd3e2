/**
 * Find: a small offline index over the content and its text, searched in
 * memory. The query is never stored or sent; it lives only in the page's state.
 */
import type { CompiledContent } from '../../content/compile';
import { successors } from '../../content/check';

export type FindKind = 'topic' | 'question' | 'outcome';

export interface FindEntry {
  kind: FindKind;
  id: string;
  title: string;
  /** A line to show under the title. */
  snippet?: string | undefined;
  /** The quick entry that leads here, when there is one. */
  concern?: string | undefined;
  titleWords: string[];
  words: string[];
  /** The words of the topic it lies under: a weaker match, used when nothing matches directly. */
  topicWords: string[];
}

type Translate = (key: string) => string;

const STOP_WORDS = new Set(
  'a an and are about at be by for from has have i in is it me my of on or so the this to was with'.split(
    ' ',
  ),
);

export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1 && !STOP_WORDS.has(word));
}

/** Which concern (quick entry) each node lies under: the first concern whose branch reaches it. */
export function concernOfNodes(content: CompiledContent): Map<string, string> {
  const entries = new Map<string, string[]>();
  const add = (concern: string, next: string) =>
    entries.set(concern, [...(entries.get(concern) ?? []), next]);
  for (const node of Object.values(content.nodes)) {
    if (node.type === 'route' && node.on === 'concern') {
      for (const c of node.cases) add(c.when, c.next);
    }
    if (node.type === 'question') {
      for (const a of node.answers) if (a.set?.concern) add(a.set.concern, a.next);
    }
  }
  const owner = new Map<string, string>();
  for (const [concern, starts] of entries) {
    const queue = [...starts];
    const seen = new Set<string>();
    while (queue.length > 0) {
      const id = queue.shift()!;
      if (seen.has(id) || id === content.emergency) continue;
      seen.add(id);
      if (!owner.has(id)) owner.set(id, concern);
      const node = content.nodes[id];
      if (node) queue.push(...successors(node));
    }
  }
  return owner;
}

export function buildIndex(
  content: CompiledContent,
  t: Translate,
  topics: readonly string[],
): FindEntry[] {
  const owner = concernOfNodes(content);
  const entries: FindEntry[] = topics.map((concern) => {
    const title = t(`start.quick.${concern}`);
    return {
      kind: 'topic',
      id: concern,
      title,
      concern,
      titleWords: words(title),
      words: words(t(`pages:find.keywords.${concern}`)),
      topicWords: [],
    };
  });
  for (const node of Object.values(content.nodes)) {
    const concern = owner.get(node.id);
    const topicWords = concern ? words(t(`pages:find.keywords.${concern}`)) : [];
    if (node.type === 'question') {
      const title = t(node.prompt);
      entries.push({
        kind: 'question',
        id: node.id,
        title,
        snippet: node.hint ? t(node.hint) : undefined,
        concern,
        titleWords: words(title),
        words: words(
          [node.hint ? t(node.hint) : '', ...node.answers.map((a) => t(a.label))].join(' '),
        ),
        topicWords,
      });
    } else if (node.type === 'outcome') {
      const title = t(node.title);
      const text = [
        node.summary ? t(node.summary) : '',
        ...node.actions.map((a) => t(a.text)),
        ...node.doNot.map(t),
        ...node.contacts.map((c) =>
          'service' in c ? t(content.services[c.service]?.name ?? '') : t(`local.${c.local}`),
        ),
        ...(node.tags ?? []),
      ].join(' ');
      entries.push({
        kind: 'outcome',
        id: node.id,
        title,
        snippet: node.summary ? t(node.summary) : undefined,
        concern,
        titleWords: words(title),
        words: words(text),
        topicWords,
      });
    }
  }
  return entries;
}

const KIND_WEIGHT: Record<FindKind, number> = { topic: 3, outcome: 1, question: 0 };

/** Entries matching every word of the query (whole words or their beginnings), best first. */
export function search(index: FindEntry[], query: string, limit = 12): FindEntry[] {
  const wanted = words(query);
  if (wanted.length === 0) return [];
  const scored: { entry: FindEntry; score: number; direct: boolean }[] = [];
  for (const entry of index) {
    let score = KIND_WEIGHT[entry.kind];
    let all = true;
    let direct = true;
    for (const word of wanted) {
      const prefix = (w: string) => word.length >= 3 && w.startsWith(word);
      const inTitle = entry.titleWords.includes(word) ? 6 : entry.titleWords.some(prefix) ? 4 : 0;
      const inText = entry.words.includes(word) ? 2 : entry.words.some(prefix) ? 1 : 0;
      if (inTitle + inText === 0) {
        direct = false;
        if (!entry.topicWords.includes(word) && !entry.topicWords.some(prefix)) all = false;
      }
      score += inTitle + inText;
    }
    if (all) scored.push({ entry, score, direct });
  }
  // Advice that only lies under a matching topic is shown only when nothing matches directly.
  const shown = scored.some((s) => s.direct) ? scored.filter((s) => s.direct) : scored;
  return shown
    .sort((a, b) => b.score - a.score || a.entry.title.localeCompare(b.entry.title))
    .slice(0, limit)
    .map((s) => s.entry);
}
