/**
 * Settings on this device (language, nation, role), in IndexedDB. When IndexedDB
 * is blocked or broken the app keeps working with settings held in memory and
 * says so. A record from an unknown version, or a corrupt one, is replaced by
 * defaults rather than crashing the app.
 */
import type { IDBPDatabase } from 'idb';
import { openDatabase } from './db';
import { SETTINGS_STORE, SETTINGS_KEY } from './inventory';

export const SETTINGS_VERSION = 1;

export const ROLES = ['staff', 'dsl', 'youth-worker', 'trainer'] as const;
export const NATIONS = ['england', 'wales', 'scotland', 'northern-ireland'] as const;
/** "system" follows the device's light or dark setting. */
export const THEMES = ['system', 'light', 'dark'] as const;
export const TEXT_SIZES = ['standard', 'large'] as const;

export interface Settings {
  language: string;
  nation: (typeof NATIONS)[number];
  role?: (typeof ROLES)[number] | undefined;
  theme: (typeof THEMES)[number];
  textSize: (typeof TEXT_SIZES)[number];
}

export const DEFAULT_SETTINGS: Settings = {
  language: 'en',
  nation: 'england',
  theme: 'system',
  textSize: 'standard',
};

export interface SettingsStore {
  /** False when settings live in memory only and are lost when the tab closes. */
  readonly persistent: boolean;
  load(): Promise<Settings>;
  save(patch: Partial<Settings>): Promise<Settings>;
}

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);

/** Accepts only a well-formed record of the current version; anything else yields defaults. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS };
  const record = raw as Record<string, unknown>;
  if (record.version !== SETTINGS_VERSION) return { ...DEFAULT_SETTINGS };
  return {
    language:
      typeof record.language === 'string' && /^[a-z]{2,3}$/.test(record.language)
        ? record.language
        : DEFAULT_SETTINGS.language,
    nation: isOneOf(NATIONS, record.nation) ? record.nation : DEFAULT_SETTINGS.nation,
    role: isOneOf(ROLES, record.role) ? record.role : undefined,
    // Added after version 1 shipped: a record without them takes the defaults.
    theme: isOneOf(THEMES, record.theme) ? record.theme : DEFAULT_SETTINGS.theme,
    textSize: isOneOf(TEXT_SIZES, record.textSize) ? record.textSize : DEFAULT_SETTINGS.textSize,
  };
}

function memoryStore(): SettingsStore {
  let current: Settings = { ...DEFAULT_SETTINGS };
  return {
    persistent: false,
    load: async () => ({ ...current }),
    save: async (patch) => (current = { ...current, ...patch }),
  };
}

function idbStore(db: IDBPDatabase): SettingsStore {
  let current: Settings | undefined;
  const store: SettingsStore = {
    persistent: true,
    async load() {
      current ??= parseSettings(await db.get(SETTINGS_STORE, SETTINGS_KEY));
      return { ...current };
    },
    async save(patch) {
      current = { ...(await store.load()), ...patch };
      try {
        await db.put(SETTINGS_STORE, { version: SETTINGS_VERSION, ...current }, SETTINGS_KEY);
      } catch (error) {
        // Quota or a transaction aborted in the background: keep the value for this session.
        console.warn('Settings could not be saved on this device', error);
      }
      return { ...current };
    },
  };
  return store;
}

export async function openSettingsStore(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): Promise<SettingsStore> {
  if (!factory) return memoryStore();
  try {
    const db = await openDatabase(factory);
    const store = idbStore(db);
    await store.load();
    return store;
  } catch (error) {
    console.warn('IndexedDB is not available; settings will not be remembered', error);
    return memoryStore();
  }
}
