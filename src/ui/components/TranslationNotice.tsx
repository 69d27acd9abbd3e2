import type { AppLanguages } from '../../content/compile';
import { namespacesOf, namespacesOfKeys } from '../../i18n';
import type { View } from '../journey';
import { useTextValue } from '../text';

/** The text namespaces a page shows: ui everywhere, then the page's own. */
export function pageNamespaces(view: View, keys: string[], lang: string): string[] {
  if (view === 'pathway') return ['ui', ...namespacesOfKeys(keys)];
  if (view === 'start') return ['ui'];
  // Find and training show questions and advice from every area.
  if (view === 'find' || view === 'training') return namespacesOf(lang);
  return ['ui', 'pages', ...(view === 'glossary' ? ['glossary'] : [])];
}

/** True when any of the page's namespaces, in this language, is not yet approved by a fluent reader. */
export function awaitingReview(
  languages: AppLanguages,
  lang: string,
  namespaces: string[],
): boolean {
  if (lang === languages.source) return false;
  const language = languages.languages[lang];
  // A test-only language (the pseudo-locale) is not a translation anyone reads.
  if (!language) return false;
  return namespaces.some((ns) => !language.reviewed.includes(ns));
}

/**
 * A small, polite notice on pages whose translation no fluent reader has approved
 * yet, with a way to read the page in the source language instead.
 */
export function TranslationNotice({
  languages,
  view,
  keys,
  onReadInSource,
}: {
  languages: AppLanguages;
  view: View;
  /** The text keys a pathway page shows. */
  keys: string[];
  onReadInSource: () => void;
}) {
  const { t, lang } = useTextValue();
  if (!awaitingReview(languages, lang, pageNamespaces(view, keys, lang))) return null;
  const source = languages.source;
  return (
    <div class="translation-notice" data-notice="awaiting-review">
      <p>
        {t('language.unreviewed')}{' '}
        <button
          type="button"
          class="link-button translation-notice__link"
          lang={source}
          onClick={onReadInSource}
        >
          {t('language.readInSource', { lng: source })}
        </button>
      </p>
    </div>
  );
}
