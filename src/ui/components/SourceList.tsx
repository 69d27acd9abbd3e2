import type { Citation, Source } from '../../content/schema';
import { useText } from '../text';

/** Each guidance document once, with every section cited from it. */
export function SourceList({
  citations,
  sources,
}: {
  citations: Citation[];
  sources: Record<string, Source>;
}) {
  const t = useText();
  const sections = new Map<string, Set<string>>();
  for (const c of citations) {
    const set = sections.get(c.source) ?? new Set<string>();
    set.add(c.section);
    sections.set(c.source, set);
  }
  return (
    <ul class="sources">
      {[...sections].map(([id, cited]) => {
        const source = sources[id]!;
        return (
          <li key={id}>
            <cite>{source.title}</cite> ({source.publisher}, {source.year}).{' '}
            <span>{[...cited].join('; ')}.</span>
            {source.newerEdition !== undefined && (
              <p class="hint">
                {t('outcome.newerEdition', { year: source.newerEdition, cited: source.year })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
