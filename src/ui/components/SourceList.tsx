import type { Citation, Source } from '../../content/schema';

/** Each guidance document once, with every section cited from it. */
export function SourceList({
  citations,
  sources,
}: {
  citations: Citation[];
  sources: Record<string, Source>;
}) {
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
          </li>
        );
      })}
    </ul>
  );
}
