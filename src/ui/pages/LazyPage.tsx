import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { PageName } from '../journey';
import type { PageProps } from './types';

type PageModule = { default: ComponentType<PageProps> };

// Secondary pages load when first opened, keeping the first load small; the
// service worker precaches them, so they open offline too.
const loaders: Record<PageName, () => Promise<PageModule>> = {
  find: () => import('./FindPage'),
  settings: () => import('./SettingsPage'),
  glossary: () => import('./GlossaryPage'),
  about: () => import('./AboutPage'),
  privacy: () => import('./PrivacyPage'),
};

const loaded = new Map<PageName, ComponentType<PageProps>>();

export function LazyPage({ name, ...props }: PageProps & { name: PageName }) {
  const [, setReady] = useState(0);
  const Page = loaded.get(name);
  useEffect(() => {
    if (Page) return;
    let live = true;
    void loaders[name]().then((module) => {
      loaded.set(name, module.default);
      if (live) setReady((n) => n + 1);
    });
    return () => {
      live = false;
    };
  }, [name, Page]);
  return Page ? <Page {...props} /> : null;
}
