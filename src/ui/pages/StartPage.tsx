import type { PathwayGraph } from '../../content/compile';
import { useText } from '../text';
import { Heading } from '../components/Heading';
import type { PageName } from '../journey';

/** The most common situations, in the order a worried adult meets them. */
export const QUICK_ENTRIES = [
  'told',
  'signs',
  'online',
  'staff-allegation',
  'adult-non-recent',
] as const;

export function StartPage({
  content,
  onStart,
  onOpen,
}: {
  content: PathwayGraph;
  onStart: (vars?: Record<string, string>) => void;
  onOpen: (page: PageName) => void;
}) {
  const t = useText();
  // Only the situations the content has a route for (areas are added over time).
  const concerns = content.variables.concern ?? [];
  const entries = QUICK_ENTRIES.filter((value) => concerns.includes(value));
  return (
    <>
      <Heading>{t('start.title')}</Heading>
      <p class="lead">{t('start.lead')}</p>
      <div class="call-panel">
        <p class="call-panel__question">{t('emergency.banner')}</p>
        <a class="button button--emergency button--large" href="tel:999">
          {t('emergency.call')}
        </a>
      </div>
      <button type="button" class="button button--start" onClick={() => onStart()}>
        {t('start.button')}
        <span class="button__arrow" aria-hidden="true">
          ›
        </span>
      </button>
      {entries.length > 0 && (
        <section aria-labelledby="quick">
          <h2 class="heading-m" id="quick">
            {t('start.quickTitle')}
          </h2>
          <ul class="quick" role="list">
            {entries.map((value) => (
              <li key={value}>
                <a
                  class="quick__link"
                  href={`#/topic/${value}`}
                  data-concern={value}
                  onClick={(event) => {
                    event.preventDefault();
                    onStart({ concern: value });
                  }}
                >
                  {t(`start.quick.${value}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      )}
      <p>
        <a
          href="#/find"
          onClick={(event) => {
            event.preventDefault();
            onOpen('find');
          }}
        >
          {t('start.findLink')}
        </a>
      </p>
      <p>{t('start.noData')}</p>
      <p class="hint">{t('start.offline')}</p>
      <details class="details">
        <summary>{t('exit.aboutTitle')}</summary>
        <div class="details__body">
          <p>{t('exit.about1')}</p>
          <p>{t('exit.about2')}</p>
          <p>{t('exit.about3')}</p>
        </div>
      </details>
    </>
  );
}
