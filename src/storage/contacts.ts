/**
 * The organisation's local contacts on this device, in IndexedDB (one record per
 * contact), or in memory when IndexedDB is blocked or broken, as for settings.
 * Records are checked again when read: a corrupt one is skipped, not shown.
 */
import type { IDBPDatabase } from 'idb';
import { checkContact, CONTACT_ROLES, detailsOf, type LocalContact } from '../contacts/contact';
import type { ContactsStore, SaveResult } from '../contacts/store';
import { openDatabase } from './db';
import { CONTACTS_STORE } from './inventory';

export const CONTACT_RECORD_VERSION = 1;

function sorted(contacts: LocalContact[]): LocalContact[] {
  const rank = (c: LocalContact) => CONTACT_ROLES.indexOf(c.role);
  return [...contacts].sort((a, b) => rank(a) - rank(b) || a.label.localeCompare(b.label, 'en-GB'));
}

/** A stored record back to a contact, or undefined if it is not one this version wrote. */
export function parseContactRecord(raw: unknown): LocalContact | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const { version, id, origin, ...details } = raw as Record<string, unknown>;
  if (version !== CONTACT_RECORD_VERSION || typeof id !== 'string') return undefined;
  const checked = checkContact(details);
  if (!checked.ok) return undefined;
  const contact: LocalContact = { ...checked.value, id };
  const o = origin as Record<string, unknown> | undefined;
  if (
    typeof o?.publisher === 'string' &&
    typeof o.checkedOn === 'string' &&
    typeof o.verified === 'boolean'
  ) {
    contact.origin = { publisher: o.publisher, checkedOn: o.checkedOn, verified: o.verified };
  }
  return contact;
}

const toRecord = (contact: LocalContact) => ({ version: CONTACT_RECORD_VERSION, ...contact });

/** Validates an edit; shared by both stores. */
function edited(input: Parameters<ContactsStore['save']>[0]): SaveResult {
  const checked = checkContact(detailsOf(input));
  if (!checked.ok) return checked;
  // No origin: an edited contact is the editor's own, not what a publisher checked.
  return { ok: true, contact: { ...checked.value, id: input.id ?? crypto.randomUUID() } };
}

/** Checked before anything is written, so a replacement cannot stop half-way. */
function checkAll(contacts: readonly LocalContact[]): void {
  for (const contact of contacts) {
    if (typeof contact.id !== 'string' || contact.id === '') {
      throw new Error(`contact "${contact.label}" has no id`);
    }
    const checked = checkContact(detailsOf(contact));
    if (!checked.ok) throw new Error(`contact "${contact.label}" is not valid`);
  }
}

export function memoryContactsStore(): ContactsStore {
  let contacts: LocalContact[] = [];
  return {
    persistent: false,
    list: async () => sorted(contacts),
    async save(input) {
      const result = edited(input);
      if (result.ok)
        contacts = [...contacts.filter((c) => c.id !== result.contact.id), result.contact];
      return result;
    },
    async remove(id) {
      contacts = contacts.filter((c) => c.id !== id);
    },
    async replaceAll(next) {
      checkAll(next);
      contacts = [...next];
    },
  };
}

function idbContactsStore(db: IDBPDatabase): ContactsStore {
  return {
    persistent: true,
    async list() {
      const records: unknown[] = await db.getAll(CONTACTS_STORE);
      const contacts = records.map(parseContactRecord);
      if (contacts.includes(undefined)) console.warn('Skipped unreadable stored contacts');
      return sorted(contacts.filter((c): c is LocalContact => c !== undefined));
    },
    async save(input) {
      const result = edited(input);
      if (result.ok) await db.put(CONTACTS_STORE, toRecord(result.contact));
      return result;
    },
    async remove(id) {
      await db.delete(CONTACTS_STORE, id);
    },
    async replaceAll(next) {
      checkAll(next);
      // One transaction: if any write fails it is aborted and the old contacts stay.
      const tx = db.transaction(CONTACTS_STORE, 'readwrite');
      const pending: Promise<unknown>[] = [tx.done];
      try {
        pending.push(tx.store.clear());
        for (const contact of next) pending.push(tx.store.put(toRecord(contact)));
      } catch (error) {
        tx.abort();
        await Promise.allSettled(pending);
        throw error;
      }
      await Promise.all(pending);
    },
  };
}

export async function openContactsStore(
  factory: IDBFactory | null = globalThis.indexedDB ?? null,
): Promise<ContactsStore> {
  if (!factory) return memoryContactsStore();
  try {
    const db = await openDatabase(factory);
    const store = idbContactsStore(db);
    await store.list();
    return store;
  } catch (error) {
    console.warn('IndexedDB is not available; contacts will not be remembered', error);
    return memoryContactsStore();
  }
}
