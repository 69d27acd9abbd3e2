/**
 * A pseudo-locale made from the English text: accented letters, about 30% longer,
 * wrapped in brackets. Used in a test build to prove every visible string comes
 * from the text files and that layouts survive longer translations.
 */
export const PSEUDO_LANGUAGE = 'qps';

const ACCENTED: Record<string, string> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  y: 'ý',
  c: 'ç',
  n: 'ñ',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  Y: 'Ý',
  C: 'Ç',
  N: 'Ñ',
};

/** Accents letters outside {{placeholders}}, pads by at least 30% and brackets the result. */
export function pseudoLocalise(text: string): string {
  const parts = text.split(/(\{\{[^}]+\}\})/);
  const accented = parts
    .map((part) =>
      part.startsWith('{{') ? part : part.replace(/[a-zA-Z]/g, (c) => ACCENTED[c] ?? c),
    )
    .join('');
  // Translations are longer, not made of longer words: pad in short runs a line can break between.
  const padding = '~'.repeat(Math.ceil(text.length * 0.3)).replace(/(~{8})(?=~)/g, '$1 ');
  return `[${accented}${padding}]`;
}

export function pseudoResources(resources: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(resources).map(([key, value]) => [
      key,
      typeof value === 'string'
        ? pseudoLocalise(value)
        : typeof value === 'object' && value !== null
          ? pseudoResources(value as Record<string, unknown>)
          : value,
    ]),
  );
}
