/**
 * i18next set-up. Each language's namespaces are separate lazy chunks (so the
 * service worker precaches them all). Only the namespaces the first pages need
 * load at start-up; each area's text loads before its first page is shown.
 */
import i18next, { type i18n } from 'i18next';
import { PSEUDO_LANGUAGE, pseudoResources } from './pseudo';

type LocaleModule = { default: Record<string, unknown> };

const localeFiles = import.meta.glob<LocaleModule>('../../content/locales/*/*.json');

export const DEFAULT_LANGUAGE = 'en';

/** Text for the start page: loaded before anything renders. Everything else loads when first shown. */
export const BOOT_NAMESPACES = ['ui'];

/** Set at build time for the pseudo-locale test build only. */
const PSEUDO_BUILD = import.meta.env.VITE_PSEUDO_LOCALE === '1';

/** Every namespace (file) a language has: ui, pathway, services, and one per content area. */
export function namespacesOf(lang: string): string[] {
  if (PSEUDO_BUILD && lang === PSEUDO_LANGUAGE) return namespacesOf(DEFAULT_LANGUAGE);
  const prefix = `../../content/locales/${lang}/`;
  return Object.keys(localeFiles)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length, -'.json'.length))
    .sort();
}

export function availableLanguages(): string[] {
  const langs = new Set(Object.keys(localeFiles).map((path) => path.split('/').at(-2)!));
  if (PSEUDO_BUILD) langs.add(PSEUDO_LANGUAGE);
  return [...langs].sort();
}

async function loadResources(
  lang: string,
  namespaces: string[],
): Promise<Record<string, Record<string, unknown>>> {
  if (PSEUDO_BUILD && lang === PSEUDO_LANGUAGE) {
    return pseudoResources(await loadResources(DEFAULT_LANGUAGE, namespaces)) as Record<
      string,
      Record<string, unknown>
    >;
  }
  const entries = await Promise.all(
    namespaces.map(async (ns) => {
      const load = localeFiles[`../../content/locales/${lang}/${ns}.json`];
      if (!load) throw new Error(`Missing ${ns} text for language "${lang}"`);
      return [ns, (await load()).default] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** Loads any of these namespaces not yet loaded, for the language and its fallback. */
export async function loadNamespaces(instance: i18n, namespaces: string[]): Promise<void> {
  for (const lang of new Set([instance.language, DEFAULT_LANGUAGE])) {
    const missing = namespaces.filter(
      (ns) => namespacesOf(lang).includes(ns) && !instance.hasResourceBundle(lang, ns),
    );
    if (missing.length === 0) continue;
    for (const [ns, bundle] of Object.entries(await loadResources(lang, missing))) {
      instance.addResourceBundle(lang, ns, bundle);
    }
  }
}

/** True when the text for every one of these keys' namespaces is loaded. */
export function hasNamespaces(instance: i18n, keys: string[]): boolean {
  return namespacesOfKeys(keys).every((ns) => instance.hasResourceBundle(DEFAULT_LANGUAGE, ns));
}

/** The namespaces of "namespace:key" text keys. */
export function namespacesOfKeys(keys: string[]): string[] {
  return [...new Set(keys.map((key) => key.split(':', 1)[0]!))];
}

/** Everything else, fetched when the app is idle so later pages render at once. */
export function loadAllNamespaces(instance: i18n): Promise<void> {
  return loadNamespaces(instance, namespacesOf(DEFAULT_LANGUAGE));
}

export async function createI18n(lang: string): Promise<i18n> {
  const language = availableLanguages().includes(lang) ? lang : DEFAULT_LANGUAGE;
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: namespacesOf(DEFAULT_LANGUAGE),
    defaultNS: 'ui',
    resources: { [language]: await loadResources(language, BOOT_NAMESPACES) },
    // Preact escapes text when rendering; content is never injected as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== DEFAULT_LANGUAGE) await loadNamespaces(instance, BOOT_NAMESPACES);
  return instance;
}

/** <html lang> and dir follow the language: set at start-up, before anything is shown. */
export function applyDocumentLanguage(lang: string, dir: 'ltr' | 'rtl' = 'ltr'): void {
  document.documentElement.lang = lang;
  document.documentElement.dir = dir;
}
