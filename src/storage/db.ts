/**
 * Opens the app's one IndexedDB database and upgrades it in place. Each version
 * only adds what is new, so an upgrade keeps everything already stored.
 *   v1: settings
 *   v2: contacts (the organisation's local contacts, one record per contact)
 */
import { wrap, type IDBPDatabase } from 'idb';
import { CONTACTS_STORE, DATABASE_NAME, SETTINGS_STORE } from './inventory';

export const DB_VERSION = 2;

/** Waiting longer than this for another tab to let go of an old version is not worth a blank screen. */
const OPEN_TIMEOUT_MS = 5000;

export async function openDatabase(factory: IDBFactory): Promise<IDBPDatabase> {
  const request = factory.open(DATABASE_NAME, DB_VERSION);
  request.onupgradeneeded = (event) => {
    const db = request.result;
    if (event.oldVersion < 1 && !db.objectStoreNames.contains(SETTINGS_STORE)) {
      db.createObjectStore(SETTINGS_STORE);
    }
    if (event.oldVersion < 2 && !db.objectStoreNames.contains(CONTACTS_STORE)) {
      db.createObjectStore(CONTACTS_STORE, { keyPath: 'id' });
    }
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('IndexedDB did not open in time')), OPEN_TIMEOUT_MS);
  });
  try {
    const db = await Promise.race([wrap(request), timeout]);
    if (!db) throw new Error('IndexedDB did not open');
    // "Clear all data" and newer versions delete or upgrade the database: let them.
    db.addEventListener('versionchange', () => db.close());
    return db;
  } finally {
    clearTimeout(timer);
  }
}
