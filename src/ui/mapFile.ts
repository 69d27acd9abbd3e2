/** Which printable map to show: the one in the app's language, or the English one if it has none. */
import maps from 'virtual:pathway-maps';

export interface MapFile {
  /** The language the map is written in. */
  lang: string;
  url: string;
}

export function mapFileFor(lang: string): MapFile {
  const chosen = Object.hasOwn(maps.urls, lang) ? lang : maps.base;
  return { lang: chosen, url: maps.urls[chosen]! };
}
