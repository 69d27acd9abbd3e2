import { useEffect, useMemo, useState } from 'preact/hooks';
import { textKeysOf } from '../../content/check';
import { useText, useTextValue } from '../text';
import { Heading } from '../components/Heading';
import { buildIndex, search, type FindEntry } from '../find/search';
import { QUICK_ENTRIES } from './StartPage';
import type { PageProps } from './types';

export default function FindPage({ content, start }: PageProps) {
  const t = useText();
  const text = useTextValue();
  // The query lives only here, in memory: never stored, never sent, never in the URL.
  const [query, setQuery] = useState('');
  const keys = useMemo(() => Object.values(content.nodes).flatMap(textKeysOf), [content]);
  const [ready, setReady] = useState(() => text.has(keys));
  useEffect(() => {
    if (!ready) void text.ensure(keys).then(() => setReady(true));
  }, [ready, keys, text]);
  const index = useMemo(() => {
    if (!ready) return [];
    const topics = QUICK_ENTRIES.filter((c) => (content.variables.concern ?? []).includes(c));
    return buildIndex(content, (key) => t(key), topics);
  }, [ready, content, t]);
  const results = useMemo(() => search(index, query), [index, query]);
  const trimmed = query.trim();

  return (
    <>
      <Heading>{t('pages:find.title')}</Heading>
      <p>{t('pages:find.lead')}</p>
      <div class="form-group">
        <label class="label" for="find-query">
          {t('pages:find.label')}
        </label>
        <p class="hint" id="find-hint">
          {t('pages:find.hint')}
        </p>
        <input
          class="input"
          id="find-query"
          type="search"
          autocomplete="off"
          spellcheck={false}
          aria-describedby="find-hint"
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </div>
      <p class="find__status" role="status">
        {trimmed === '' ? '' : t('pages:find.count', { count: results.length })}
      </p>
      {results.length > 0 && (
        <ul class="results" role="list">
          {results.map((entry) => (
            <Result key={`${entry.kind}-${entry.id}`} entry={entry} start={start} />
          ))}
        </ul>
      )}
      {trimmed !== '' && results.length === 0 && <p>{t('pages:find.none')}</p>}
    </>
  );
}

function Result({ entry, start }: { entry: FindEntry; start: PageProps['start'] }) {
  const t = useText();
  const topic = entry.concern ? t(`start.quick.${entry.concern}`) : undefined;
  return (
    <li class="result" data-result={`${entry.kind}:${entry.id}`}>
      <p class="caption">{t(`pages:find.kind.${entry.kind}`)}</p>
      <h2 class="heading-m">{entry.title}</h2>
      {entry.snippet && <p>{entry.snippet}</p>}
      {entry.kind === 'outcome' && <p class="hint">{t('pages:find.outcomeHow')}</p>}
      <button
        type="button"
        class="button button--secondary"
        onClick={() => start(entry.concern ? { concern: entry.concern } : undefined)}
      >
        {topic ? t('pages:find.startWith', { topic }) : t('pages:find.start')}
        <span class="visually-hidden"> ({entry.title})</span>
      </button>
    </li>
  );
}
