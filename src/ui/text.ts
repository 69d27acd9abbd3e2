/** Text for components: the translate function (keys are "namespace:dotted.key") and the language. */
import type { TFunction } from 'i18next';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { PSEUDO_LANGUAGE } from '../i18n/pseudo';

export interface TextValue {
  t: TFunction;
  lang: string;
  /** Loads the text behind these keys if it is not loaded yet (content areas load lazily). */
  ensure: (keys: string[]) => Promise<void>;
  /** True when every key's text is already loaded. */
  has: (keys: string[]) => boolean;
}

export const TextContext = createContext<TextValue | null>(null);

export function useTextValue(): TextValue {
  const value = useContext(TextContext);
  if (!value) throw new Error('text hooks used outside <TextContext.Provider>');
  return value;
}

export const useText = (): TFunction => useTextValue().t;
export const useLang = (): string => useTextValue().lang;

/**
 * Our languages are those of the UK, so dates and numbers follow UK conventions
 * (en-GB, cy-GB). The pseudo-locale is made from English, so it formats as English.
 */
export const intlLocale = (lang: string): string =>
  lang === PSEUDO_LANGUAGE ? 'en-GB' : `${lang}-GB`;

export function formatDate(isoDate: string, lang: string): string {
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}
