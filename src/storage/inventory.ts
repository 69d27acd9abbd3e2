/**
 * The one list of everything this app stores on a device. The privacy page is
 * generated from it, "Clear all data" clears it, and a browser test checks that
 * nothing else is stored.
 */
export const DATABASE_NAME = 'csa-pathway';
export const SETTINGS_STORE = 'settings';
export const SETTINGS_KEY = 'settings';
export const CONTACTS_STORE = 'contacts';
export const CACHE_PREFIX = 'workbox-precache';
/** sessionStorage key for the steps taken in this tab, so a reload keeps your place. */
export const JOURNEY_KEY = 'csa-pathway-journey';

export type StorageArea =
  'indexeddb' | 'cache-storage' | 'session-storage' | 'local-storage' | 'cookies';

export interface InventoryEntry {
  id: string;
  area: StorageArea;
  /** Database/store/key, cache name prefix or storage key. */
  name: string;
  /** What it holds, in plain words; the privacy page shows the text `ui:privacy.holds.<id>`. */
  holds: string;
  identifying: false;
}

export const STORAGE_INVENTORY: readonly InventoryEntry[] = [
  {
    id: 'settings',
    area: 'indexeddb',
    name: `${DATABASE_NAME}/${SETTINGS_STORE}/${SETTINGS_KEY}`,
    holds:
      'Your choices: language, nation, role, colours and text size. Nothing about any child or family.',
    identifying: false,
  },
  {
    id: 'contacts',
    area: 'indexeddb',
    name: `${DATABASE_NAME}/${CONTACTS_STORE}`,
    holds:
      "Your organisation's local contacts: role, name of the service, phone, web address, opening hours, short notes and, if you add them, staff names. Nothing about any child or family.",
    identifying: false,
  },
  {
    id: 'journey',
    area: 'session-storage',
    name: JOURNEY_KEY,
    holds:
      'The answers you gave in this tab, so reloading keeps your place. Gone when you close the tab, exit, start again or clear all data.',
    identifying: false,
  },
  {
    id: 'offline-files',
    area: 'cache-storage',
    name: CACHE_PREFIX,
    holds: "The app's own files, so it works offline. Nothing about you or any child.",
    identifying: false,
  },
];

/** Removes everything in the inventory: settings, contacts, offline files and the service worker. */
export async function clearAllData(): Promise<void> {
  sessionStorage.clear();
  localStorage.clear();
  await new Promise<void>((resolve) => {
    const request = indexedDB.deleteDatabase(DATABASE_NAME);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
  if ('caches' in globalThis) {
    for (const key of await caches.keys()) await caches.delete(key);
  }
  const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
  await Promise.all(registrations.map((r) => r.unregister()));
}
