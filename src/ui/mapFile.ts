import type { CompiledContent } from '../content/compile';
import { mapFileName } from '../content/map';

/**
 * The language of the map to show: the content plugin draws one per language at
 * build time (precached by the service worker); a language with none of its own
 * (the pseudo-locale) gets the source language's.
 */
export function mapLanguage(content: Pick<CompiledContent, 'languages'>, lang: string): string {
  return content.languages.languages[lang] ? lang : content.languages.source;
}

export const mapUrl = (lang: string): string => `/${mapFileName(lang)}`;
