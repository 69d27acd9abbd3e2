import { useEffect, useMemo, useState } from 'preact/hooks';
import type { OutcomeNode } from '../../content/schema';
import { formatDate, useText, useTextValue } from '../text';
import { Heading } from '../components/Heading';
import { mapFileFor } from '../mapFile';
import type { PageProps } from './types';

const today = () => new Date().toISOString().slice(0, 10);

export default function AboutPage({ content, open }: PageProps) {
  const t = useText();
  const text = useTextValue();
  const outcomes = useMemo(
    () => Object.values(content.nodes).filter((n): n is OutcomeNode => n.type === 'outcome'),
    [content],
  );
  const keys = useMemo(() => outcomes.map((o) => o.title), [outcomes]);
  const [ready, setReady] = useState(() => text.has(keys));
  useEffect(() => {
    if (!ready) void text.ensure(keys).then(() => setReady(true));
  }, [ready, keys, text]);

  const date = (iso: string) => formatDate(iso, text.lang);
  const overdue = outcomes.filter((o) => o.reviewBy < today());
  const nextReview = outcomes.map((o) => o.reviewBy).sort()[0];
  // For each guidance document, the soonest review date of the advice that cites it.
  const reviewBySource = new Map<string, string>();
  for (const o of outcomes) {
    for (const c of [...o.sources, ...o.actions.flatMap((a) => a.sources ?? [])]) {
      const current = reviewBySource.get(c.source);
      if (!current || o.reviewBy < current) reviewBySource.set(c.source, o.reviewBy);
    }
  }
  const sources = Object.values(content.sources).sort(
    (a, b) => b.year - a.year || a.title.localeCompare(b.title),
  );

  return (
    <>
      <Heading>{t('pages:about.title')}</Heading>
      <p>{t('pages:about.lead')}</p>
      <p>{t('pages:about.reviewed')}</p>
      {overdue.length > 0 && (
        <div class="warning" data-overdue={overdue.length}>
          <span class="warning__icon" aria-hidden="true">
            !
          </span>
          <div>
            <p class="heading-m">
              <span class="visually-hidden">{t('outcome.doNotHidden')}: </span>
              {t('pages:about.overdue', { count: overdue.length })}
            </p>
            {ready && (
              <ul>
                {overdue.map((o) => (
                  <li key={o.id}>
                    {t(o.title)} ({date(o.reviewBy)})
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
      <dl class="summary-list">
        <div class="summary-list__row">
          <dt class="summary-list__key">{t('pages:about.version')}</dt>
          <dd class="summary-list__value">{content.version}</dd>
        </div>
        {nextReview && (
          <div class="summary-list__row">
            <dt class="summary-list__key">{t('pages:about.nextReview')}</dt>
            <dd class="summary-list__value">{date(nextReview)}</dd>
          </div>
        )}
      </dl>

      <h2 class="heading-l">{t('pages:about.sources')}</h2>
      <ul class="source-cards" role="list">
        {sources.map((source) => {
          const review = reviewBySource.get(source.id);
          return (
            <li key={source.id} class="source-card">
              <p class="heading-s">
                <a href={source.url} rel="noreferrer" target="_blank">
                  {source.title}
                  <span class="visually-hidden"> {t('pages:about.opensNewTab')}</span>
                </a>
              </p>
              <p>
                {t('pages:about.publisher', { publisher: source.publisher, year: source.year })}
              </p>
              {review && (
                <p class="hint">{t('pages:about.sourceReview', { date: date(review) })}</p>
              )}
            </li>
          );
        })}
      </ul>

      <h2 class="heading-l">{t('pages:about.mapTitle')}</h2>
      <p>
        <a
          href="#/map"
          onClick={(event) => {
            event.preventDefault();
            open('map');
          }}
        >
          {t('pages:about.mapPage')}
        </a>
      </p>
      <p>
        <a href={mapFileFor(text.lang).url} target="_blank">
          {t('pages:about.map')}
          <span class="visually-hidden"> {t('pages:about.opensNewTab')}</span>
        </a>
      </p>
    </>
  );
}
