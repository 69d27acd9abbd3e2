import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageName } from '../journey';
import { useModule } from '../lazy';
import { useTextValue } from '../text';
import type { PageProps } from './types';

type PageModule = { default: ComponentType<PageProps> };

// Secondary pages load when first opened.
const loaders: Record<PageName, () => Promise<PageModule>> = {
  find: () => import('./FindPage'),
  settings: () => import('./SettingsPage'),
  glossary: () => import('./GlossaryPage'),
  about: () => import('./AboutPage'),
  privacy: () => import('./PrivacyPage'),
  training: () => import('./TrainingPage'),
  map: () => import('./MapPage'),
  share: () => import('./SharePage'),
  participants: () => import('./ParticipantsPage'),
  contacts: () => import('./ContactsPage'),
};

/** The pages' own text is a namespace of its own, loaded with the first of them. */
const PAGES_TEXT = 'pages:settings.title';

export function LazyPage({ name, ...props }: PageProps & { name: PageName }) {
  const text = useTextValue();
  const module = useModule(loaders[name]);
  const [textReady, setTextReady] = useState(() => text.has([PAGES_TEXT]));
  useEffect(() => {
    if (!textReady) void text.ensure([PAGES_TEXT]).then(() => setTextReady(true));
  }, [textReady, text]);
  if (!module || !textReady) return null;
  const Page = module.default;
  return <Page {...props} />;
}
