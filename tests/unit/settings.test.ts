import { beforeEach, describe, expect, it, vi } from 'vitest';
// idb checks results against the global IDB classes, so install them; each test still gets its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import {
  DEFAULT_SETTINGS,
  openSettingsStore,
  parseSettings,
  SETTINGS_VERSION,
} from '../../src/storage/settings';
import { DATABASE_NAME, SETTINGS_KEY, SETTINGS_STORE } from '../../src/storage/inventory';

let factory: IDBFactory;

beforeEach(() => {
  factory = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

async function writeRaw(value: unknown) {
  // No version: opens whatever version the app left (creating v1 on a new device).
  const request = factory.open(DATABASE_NAME);
  request.onupgradeneeded = () => void request.result.createObjectStore(SETTINGS_STORE);
  const db = (await wrap(request))!;
  await db.put(SETTINGS_STORE, value, SETTINGS_KEY);
  db.close();
}

describe('settings storage', () => {
  it('remembers settings across openings of the database', async () => {
    const first = await openSettingsStore(factory);
    expect(first.persistent).toBe(true);
    expect(await first.load()).toEqual(DEFAULT_SETTINGS);
    await first.save({ role: 'dsl', nation: 'wales' });
    const second = await openSettingsStore(factory);
    expect(await second.load()).toEqual({ ...DEFAULT_SETTINGS, nation: 'wales', role: 'dsl' });
  });

  it('falls back to memory when there is no IndexedDB, and says so', async () => {
    const store = await openSettingsStore(null);
    expect(store.persistent).toBe(false);
    await store.save({ role: 'trainer' });
    expect((await store.load()).role).toBe('trainer');
  });

  it('falls back to memory when opening the database throws', async () => {
    const broken = {
      open: () => {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const store = await openSettingsStore(broken);
    expect(store.persistent).toBe(false);
    expect(await store.load()).toEqual(DEFAULT_SETTINGS);
  });

  it('replaces a corrupt or old-version record with defaults', async () => {
    await writeRaw('not an object');
    expect(await (await openSettingsStore(factory)).load()).toEqual(DEFAULT_SETTINGS);
    await writeRaw({ version: 0, language: 'cy', nation: 'wales' });
    expect(await (await openSettingsStore(factory)).load()).toEqual(DEFAULT_SETTINGS);
  });

  it('reads colours and text size, defaulting records saved before they existed', () => {
    expect(parseSettings({ version: SETTINGS_VERSION, theme: 'dark', textSize: 'large' })).toEqual({
      ...DEFAULT_SETTINGS,
      theme: 'dark',
      textSize: 'large',
    });
    expect(parseSettings({ version: SETTINGS_VERSION, theme: 'neon', textSize: 9 })).toEqual(
      DEFAULT_SETTINGS,
    );
  });

  it('keeps valid fields and drops invalid ones', () => {
    expect(
      parseSettings({
        version: SETTINGS_VERSION,
        language: '<b>',
        nation: 'atlantis',
        role: 'dsl',
      }),
    ).toEqual({ ...DEFAULT_SETTINGS, role: 'dsl' });
  });
});
