import type { AppLanguages } from '../../content/compile';
import { useTextValue } from '../text';

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
  namespaces,
  onReadInSource,
}: {
  languages: AppLanguages;
  /** The text namespaces this page shows. */
  namespaces: string[];
  onReadInSource: () => void;
}) {
  const { t, lang } = useTextValue();
  if (!awaitingReview(languages, lang, namespaces)) return null;
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
