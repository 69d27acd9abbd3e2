import type { AppLanguages } from '../../content/compile';
import { useText } from '../text';

/** A language's name in itself (Cymraeg, English), or its code when content has none. */
export const languageName = (languages: AppLanguages, code: string): string =>
  languages.languages[code]?.name ?? code;

/**
 * On every page, as GOV.WALES does: the other language's name, in that language.
 * Choosing it saves the setting; the page comes back in that language at the same step.
 */
export function LanguageSwitch({
  languages,
  available,
  current,
  onSwitch,
}: {
  languages: AppLanguages;
  /** The languages this build has text for. */
  available: string[];
  current: string;
  onSwitch: (lang: string) => void;
}) {
  const t = useText();
  const others = available.filter((lang) => lang !== current);
  if (others.length === 0) return null;
  return (
    <nav class="language-switch" aria-label={t('language.label')}>
      {others.map((lang) => (
        <button
          key={lang}
          type="button"
          class="link-button language-switch__button"
          lang={lang}
          onClick={() => onSwitch(lang)}
        >
          {languageName(languages, lang)}
        </button>
      ))}
    </nav>
  );
}
