import type { Citation, Source } from '../../content/schema';
import { useText } from '../text';

/** "Why?" under an action: the guidance behind it, with year and section. */
export function ActionSources({
  citations,
  sources,
  step,
}: {
  citations: Citation[];
  sources: Record<string, Source>;
  step: number;
}) {
  const t = useText();
  return (
    <details class="details details--inline">
      <summary>
        {t('outcome.why')}
        <span class="visually-hidden"> {t('outcome.whyHidden', { step })}</span>
      </summary>
      <ul class="details__body sources">
        {citations.map((c) => {
          const source = sources[c.source];
          return (
            <li key={`${c.source}-${c.section}`}>
              <cite>{source?.title ?? c.source}</cite>
              {source && ` (${source.year})`}. {c.section}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
