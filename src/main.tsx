import { render } from 'preact';
import content from 'virtual:content';
import {
  applyDocumentLanguage,
  createI18n,
  hasNamespaces,
  loadNamespaces,
  namespacesOfKeys,
} from './i18n';
import { openSettingsStore } from './storage/settings';
import { App, loadTranslationNotice } from './ui/App';
import { applyAppearance } from './ui/appearance';
import { land } from './ui/navigation';
import { preload } from './ui/lazy';
import { capturePackLink, reloadOnPackLink } from './ui/pack-link';
import { loadEngine } from './ui/usePathway';
import './ui/styles.css';

async function boot(root: HTMLElement): Promise<void> {
  const settings = await openSettingsStore();
  const initialSettings = await settings.load();
  const i18n = await createI18n(initialSettings.language);
  applyDocumentLanguage(i18n.language, content.languages.languages[i18n.language]?.dir);
  // A translation says from its first page whether it has been reviewed, without a jump.
  if (i18n.language !== content.languages.source) await preload(loadTranslationNotice);
  applyAppearance(initialSettings);
  // A contacts pack link is read before anything else touches the address.
  const packLink = capturePackLink();
  reloadOnPackLink();
  // A reload keeps your place in this tab; otherwise start fresh, or open a deep link.
  const landing = land(content.variables.concern ?? [], content.version);
  const deepLink =
    landing.deepLink ??
    (packLink ? { type: 'PAGE' as const, page: 'contacts' as const } : undefined);
  // Only the start page shows without the state machine: anywhere else, load it first.
  if (landing.journey || deepLink) await preload(loadEngine);
  render(
    <App
      content={content}
      loadDetails={() => import('virtual:content-details').then((module) => module.default)}
      text={{
        t: i18n.t.bind(i18n),
        lang: i18n.language,
        ensure: (keys) => loadNamespaces(i18n, namespacesOfKeys(keys)),
        has: (keys) => hasNamespaces(i18n, keys),
      }}
      settings={settings}
      initialSettings={initialSettings}
      initialJourney={landing.journey}
      initialDepth={landing.depth}
      deepLink={deepLink}
    />,
    root,
  );
}

const root = document.getElementById('app')!;
boot(root).catch((error: unknown) => {
  console.error(error);
  // Plain DOM: if boot failed, the app's own components may be what is broken.
  root.replaceChildren();
  const heading = document.createElement('h1');
  heading.textContent = 'Something went wrong';
  const advice = document.createElement('p');
  advice.textContent =
    'If a child is in immediate danger, call 999. Otherwise, tell your designated safeguarding lead.';
  const call = document.createElement('a');
  call.href = 'tel:999';
  call.textContent = 'Call 999';
  root.append(heading, advice, call);
});
