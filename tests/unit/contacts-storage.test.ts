import { beforeEach, describe, expect, it, vi } from 'vitest';
// idb checks results against the global IDB classes, so install them; each test still gets its own factory.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { wrap } from 'idb';
import {
  memoryContactsStore,
  openContactsStore,
  parseContactRecord,
} from '../../src/storage/contacts';
import { DEFAULT_SETTINGS, openSettingsStore } from '../../src/storage/settings';
import { DB_VERSION } from '../../src/storage/db';
import {
  CONTACTS_STORE,
  DATABASE_NAME,
  SETTINGS_KEY,
  SETTINGS_STORE,
  STORAGE_INVENTORY,
} from '../../src/storage/inventory';
import type { ContactsStore } from '../../src/contacts/store';
import { importPack, readPack } from '../../src/contacts/import';
import { createPack, packToJson, PACK_SCHEMA } from '../../src/contacts/pack';
import { generateKeyPair, signPack } from '../../src/contacts/signing';
import type { LocalContact } from '../../src/contacts/contact';
import { DSL, DUTY_TEAM, FRONT_DOOR } from './contacts-fixtures';

let factory: IDBFactory;

beforeEach(() => {
  factory = new IDBFactory();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined);
});

/** A device that ran the first release: database v1 with settings and nothing else. */
async function createV1Database(settings: unknown) {
  const request = factory.open(DATABASE_NAME, 1);
  request.onupgradeneeded = () => void request.result.createObjectStore(SETTINGS_STORE);
  const db = (await wrap(request))!;
  await db.put(SETTINGS_STORE, settings, SETTINGS_KEY);
  db.close();
}

const strip = (contacts: LocalContact[]) =>
  contacts.map(({ role, label, phone }) => ({ role, label, phone }));

describe('upgrading the database', () => {
  it('adds the contacts store and keeps the settings from v1', async () => {
    await createV1Database({ version: 1, language: 'en', nation: 'wales', role: 'dsl' });
    const contacts = await openContactsStore(factory);
    expect(contacts.persistent).toBe(true);
    expect(await contacts.list()).toEqual([]);
    const settings = await openSettingsStore(factory);
    expect(await settings.load()).toEqual({ ...DEFAULT_SETTINGS, nation: 'wales', role: 'dsl' });

    const request = factory.open(DATABASE_NAME);
    const db = (await wrap(request))!;
    expect(db.version).toBe(DB_VERSION);
    expect([...db.objectStoreNames].sort()).toEqual([CONTACTS_STORE, SETTINGS_STORE].sort());
    db.close();
  });

  it('creates both stores on a new device, whichever opens first', async () => {
    const settings = await openSettingsStore(factory);
    await settings.save({ role: 'youth-worker' });
    const contacts = await openContactsStore(factory);
    const saved = await contacts.save(FRONT_DOOR);
    expect(saved.ok).toBe(true);
    expect((await (await openSettingsStore(factory)).load()).role).toBe('youth-worker');
  });
});

describe('the contacts store', () => {
  it('saves, lists in role order, edits and removes', async () => {
    const store = await openContactsStore(factory);
    await store.save(DUTY_TEAM);
    await store.save(FRONT_DOOR);
    const dsl = await store.save(DSL);
    expect(dsl.ok).toBe(true);
    const reopened = await openContactsStore(factory);
    expect((await reopened.list()).map((c) => c.role)).toEqual([
      'dsl',
      'front-door',
      'emergency-duty-team',
    ]);
    if (!dsl.ok) return;
    await reopened.save({ ...dsl.contact, phone: '07700 900456' });
    expect((await reopened.list())[0]).toMatchObject({ id: dsl.contact.id, phone: '07700 900456' });
    await reopened.remove(dsl.contact.id);
    expect((await reopened.list()).map((c) => c.role)).toEqual([
      'front-door',
      'emergency-duty-team',
    ]);
  });

  it('refuses an invalid contact and says which field is wrong', async () => {
    const store = await openContactsStore(factory);
    const result = await store.save({ ...FRONT_DOOR, phone: '12345' });
    expect(result).toMatchObject({ ok: false, issues: [{ path: 'phone' }] });
    expect(await store.list()).toEqual([]);
  });

  it('drops the publisher’s "verified" mark when a contact is edited on the device', async () => {
    const store = await openContactsStore(factory);
    const origin = { publisher: 'Anytown Council', checkedOn: '2026-11-20', verified: true };
    await store.replaceAll([{ ...FRONT_DOOR, id: 'a', origin }]);
    expect((await store.list())[0]!.origin).toEqual(origin);
    const [contact] = await store.list();
    await store.save({ ...contact!, phone: '020 7946 0999' });
    expect((await store.list())[0]!.origin).toBeUndefined();
  });

  it('skips a corrupt stored record instead of failing', async () => {
    const store = await openContactsStore(factory);
    await store.save(DSL);
    const db = (await wrap(factory.open(DATABASE_NAME)))!;
    await db.put(CONTACTS_STORE, { id: 'bad', version: 1, role: 'dsl', label: 'x', phone: 'nope' });
    await db.put(CONTACTS_STORE, { id: 'old', version: 0, ...DSL });
    db.close();
    expect(strip(await (await openContactsStore(factory)).list())).toEqual(
      strip([{ ...DSL, id: '' }]),
    );
    expect(parseContactRecord('not an object')).toBeUndefined();
  });

  it('replaces all contacts in one step, or not at all', async () => {
    const store = await openContactsStore(factory);
    await store.save(DSL);
    const broken = { ...FRONT_DOOR } as LocalContact; // no id: IndexedDB refuses it
    await expect(store.replaceAll([{ ...DUTY_TEAM, id: 'ok' }, broken])).rejects.toThrow();
    expect(strip(await store.list())).toEqual(strip([{ ...DSL, id: '' }]));
  });

  it('falls back to memory when there is no IndexedDB, and says so', async () => {
    for (const store of [await openContactsStore(null), memoryContactsStore()]) {
      expect(store.persistent).toBe(false);
      await store.save(DSL);
      expect((await store.list()).map((c) => c.role)).toEqual(['dsl']);
    }
    const broken = {
      open: () => {
        throw new DOMException('The user denied permission', 'SecurityError');
      },
    } as unknown as IDBFactory;
    expect((await openContactsStore(broken)).persistent).toBe(false);
  });

  it('is in the storage inventory, in the database "Clear all data" deletes', () => {
    const entry = STORAGE_INVENTORY.find((e) => e.id === 'contacts');
    expect(entry).toMatchObject({
      area: 'indexeddb',
      name: `${DATABASE_NAME}/${CONTACTS_STORE}`,
      identifying: false,
    });
    expect(entry!.holds).toMatch(/Nothing about any child or family/);
  });
});

describe('importing a pack', () => {
  const NOW = { now: new Date('2026-11-22T12:00:00Z') };

  async function storeWithOwnContacts(): Promise<ContactsStore> {
    const store = await openContactsStore(factory);
    await store.save(DSL);
    await store.save({ role: 'lado', label: 'LADO', phone: '020 7946 0003' });
    return store;
  }

  it('replaces the contacts with an accepted pack’s, remembering where they came from', async () => {
    const store = await storeWithOwnContacts();
    const created = createPack('Anytown Council', '2026-11-20', [FRONT_DOOR, DUTY_TEAM]);
    if (!created.ok) throw new Error(created.message);
    const result = await importPack(store, await readPack(packToJson(created.pack), NOW));
    expect(result.ok).toBe(true);
    const contacts = await store.list();
    expect(contacts.map((c) => c.role)).toEqual(['front-door', 'emergency-duty-team']);
    expect(contacts[0]!.origin).toEqual({
      publisher: 'Anytown Council',
      checkedOn: '2026-11-20',
      verified: false,
    });
  });

  it('keeps the contacts already stored when a pack is rejected, for every reason', async () => {
    const store = await storeWithOwnContacts();
    const before = await store.list();
    const keys = await generateKeyPair();
    const created = createPack('Anytown Council', '2026-11-20', [FRONT_DOOR]);
    if (!created.ok) throw new Error(created.message);
    const tampered = await signPack(created.pack, keys.privateKey);
    tampered.contacts[0]!.phone = '020 7946 0666';
    const invalid = { ...created.pack, contacts: [{ ...FRONT_DOOR, phone: '999 999' }] };

    const bad = [
      '{ not json',
      JSON.stringify({ schema: 'something-else', version: 1 }),
      JSON.stringify({ schema: PACK_SCHEMA, version: 99 }),
      JSON.stringify({ ...created.pack, notes: 'x'.repeat(40_000) }),
      JSON.stringify(invalid),
      JSON.stringify(tampered),
    ];
    const problems = [];
    for (const text of bad) {
      const result = await importPack(store, await readPack(text, NOW));
      expect(result.ok).toBe(false);
      if (!result.ok) problems.push(result.problem);
      expect(await store.list()).toEqual(before);
    }
    expect(problems).toEqual([
      'not-json',
      'wrong-schema',
      'unknown-version',
      'too-large',
      'invalid',
      'bad-signature',
    ]);
  });
});
