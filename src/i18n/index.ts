/**
 * i18next set-up. Each language's namespaces are separate lazy chunks (so the
 * service worker precaches them all) and are loaded before the language is used.
 */
import i18next, { type i18n } from 'i18next';

type LocaleModule = { default: Record<string, unknown> };

const localeFiles = import.meta.glob<LocaleModule>('../../content/locales/*/*.json');

export const DEFAULT_LANGUAGE = 'en';

/** Every namespace (file) a language has: ui, pathway, services, and one per content area. */
function namespacesOf(lang: string): string[] {
  const prefix = `../../content/locales/${lang}/`;
  return Object.keys(localeFiles)
    .filter((path) => path.startsWith(prefix))
    .map((path) => path.slice(prefix.length, -'.json'.length))
    .sort();
}

export function availableLanguages(): string[] {
  const langs = new Set(Object.keys(localeFiles).map((path) => path.split('/').at(-2)!));
  return [...langs].sort();
}

async function loadResources(lang: string): Promise<Record<string, Record<string, unknown>>> {
  const entries = await Promise.all(
    namespacesOf(lang).map(async (ns) => {
      const load = localeFiles[`../../content/locales/${lang}/${ns}.json`];
      if (!load) throw new Error(`Missing ${ns} text for language "${lang}"`);
      return [ns, (await load()).default] as const;
    }),
  );
  return Object.fromEntries(entries);
}

export async function createI18n(lang: string): Promise<i18n> {
  const language = availableLanguages().includes(lang) ? lang : DEFAULT_LANGUAGE;
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    ns: namespacesOf(DEFAULT_LANGUAGE),
    defaultNS: 'ui',
    resources: { [language]: await loadResources(language) },
    // Preact escapes text when rendering; content is never injected as HTML.
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  if (language !== DEFAULT_LANGUAGE) {
    const fallback = await loadResources(DEFAULT_LANGUAGE);
    for (const [ns, bundle] of Object.entries(fallback)) {
      instance.addResourceBundle(DEFAULT_LANGUAGE, ns, bundle);
    }
  }
  document.documentElement.lang = language;
  return instance;
}
