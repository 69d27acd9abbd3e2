import { useEffect, useMemo, useState } from 'preact/hooks';
import glossary from 'virtual:glossary';
import { useText, useTextValue } from '../text';
import { Heading } from '../components/Heading';
import type { PageProps } from './types';

export default function GlossaryPage({ content }: PageProps) {
  const t = useText();
  const text = useTextValue();
  const keys = useMemo(() => glossary.flatMap((g) => [g.term, g.definition]), []);
  const [ready, setReady] = useState(() => text.has(keys));
  useEffect(() => {
    if (!ready) void text.ensure(keys).then(() => setReady(true));
  }, [ready, keys, text]);
  if (!ready) return null;
  const terms = glossary
    .map((g) => ({ ...g, label: t(g.term) }))
    .sort((a, b) => a.label.localeCompare(b.label, text.lang));
  return (
    <>
      <Heading>{t('pages:glossary.title')}</Heading>
      <p>{t('pages:glossary.lead')}</p>
      <dl class="glossary">
        {terms.map((term) => {
          const source = content.sources[term.source.source];
          return (
            <div class="glossary__item" id={`term-${term.id}`} key={term.id}>
              <dt class="heading-m">{term.label}</dt>
              <dd>
                <p>{t(term.definition)}</p>
                {term.replaces && term.replaces.length > 0 && (
                  <p class="hint">
                    {t('pages:glossary.replaces', {
                      terms: term.replaces.map((k: string) => t(k)).join(', '),
                    })}
                  </p>
                )}
                <p class="hint">
                  {t('pages:glossary.source', {
                    title: source?.title ?? term.source.source,
                    year: source?.year ?? '',
                    section: term.source.section,
                  })}
                </p>
              </dd>
            </div>
          );
        })}
      </dl>
    </>
  );
}
