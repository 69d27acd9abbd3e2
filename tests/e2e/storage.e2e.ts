/**
 * Storage failures in a real browser: IndexedDB missing, throwing, from a newer
 * version of the app, holding a corrupt record, or out of quota. The app must
 * always start and walk to an outcome, say when settings won't be remembered,
 * and log no errors.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { launchBrowser, watch } from './browser';
import { allPaths, label, waitForScreen, walkPath } from './app-model';
import { DATABASE_NAME, SETTINGS_KEY, SETTINGS_STORE } from '../../src/storage/inventory';

const route = allPaths.find((p) => p.events.length > 2) ?? allPaths[0]!;

let server: StaticServer;
let browser: Browser;
before(async () => {
  server = await startServer('dist');
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const notRemembered = (page: Page) =>
  page.getByText(label('storage.unavailable'), { exact: true }).isVisible();

/** Opens the app with an init script that breaks storage, walks a route and returns the page. */
async function openWith(breakStorage?: () => void) {
  const context = await browser.newContext();
  if (breakStorage) await context.addInitScript(breakStorage);
  const page = await context.newPage();
  const watched = watch(context, page);
  await page.goto(server.url);
  await waitForScreen(page, 'start', 0);
  return { page, watched, context };
}

/** Reads the raw settings record as the app stored it. */
const readRecord = (page: Page) =>
  page.evaluate(
    ([db, store, key]) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const get = request.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            request.result.close();
            resolve(get.result);
          };
        };
      }),
    [DATABASE_NAME, SETTINGS_STORE, SETTINGS_KEY] as const,
  );

/** Writes a record (or a database at a given version) the way an older or broken app might have. */
const writeRecord = (page: Page, value: unknown, version = 1) =>
  page.evaluate(
    ([db, store, key, record, dbVersion]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db, dbVersion);
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(store))
            request.result.createObjectStore(store);
        };
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(record, key);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
        };
      }),
    [DATABASE_NAME, SETTINGS_STORE, SETTINGS_KEY, value, version] as const,
  );

describe('when IndexedDB is unavailable', () => {
  const failures: Record<string, () => void> = {
    missing: () => {
      Object.defineProperty(window, 'indexedDB', { value: undefined });
    },
    'throwing on open': () => {
      IDBFactory.prototype.open = () => {
        throw new DOMException(
          'The user denied permission to access the database.',
          'SecurityError',
        );
      };
    },
    'failing to open': () => {
      IDBFactory.prototype.open = function () {
        // A request that fails asynchronously, as in some private browsing modes.
        const request = indexedDB.deleteDatabase.call(this, 'x') as unknown as IDBOpenDBRequest;
        Object.defineProperty(request, 'error', {
          value: new DOMException('blocked', 'UnknownError'),
        });
        queueMicrotask(() => request.dispatchEvent(new Event('error')));
        return request;
      };
    },
  };
  for (const [name, breakStorage] of Object.entries(failures)) {
    it(`(${name}) works with settings in memory and says they won't be remembered`, async () => {
      const { page, watched, context } = await openWith(breakStorage);
      assert.ok(await notRemembered(page), 'the "settings won\'t be remembered" message shows');
      await walkPath(page, route);
      assert.ok(await notRemembered(page));
      assert.deepEqual(watched.errors, []);
      await context.close();
    });
  }
});

describe('when the stored settings are not what this version wrote', () => {
  const records: Record<string, unknown> = {
    'not an object': 'garbage',
    'an array': [1, 2, 3],
    'an old version': { version: 0, language: 'en', nation: 'england', role: 'dsl' },
    'a future version': { version: 99, language: 'en', colour: 'blue' },
    'wrong types': { version: 1, language: 42, nation: ['wales'], role: { admin: true } },
    'script-like values': { version: 1, language: '<script>', nation: 'javascript:alert(1)' },
  };
  for (const [name, record] of Object.entries(records)) {
    it(`(${name}) starts with defaults and replaces the record on the next save`, async () => {
      const { page, watched, context } = await openWith();
      await writeRecord(page, record);
      await page.reload();
      await waitForScreen(page, 'start', 0);
      assert.ok(!(await notRemembered(page)), 'storage still works');
      await walkPath(page, route);
      const saved = (await readRecord(page)) as { version?: unknown; language?: unknown };
      assert.equal(saved.version, 1);
      assert.equal(saved.language, 'en');
      assert.deepEqual(watched.errors, []);
      await context.close();
    });
  }

  it('(a database from a newer app version) falls back to memory and says so', async () => {
    const { page, watched, context } = await openWith();
    await writeRecord(page, { version: 2, language: 'en' }, 5);
    await page.reload();
    await waitForScreen(page, 'start', 0);
    assert.ok(await notRemembered(page));
    await walkPath(page, route);
    assert.deepEqual(watched.errors, []);
    await context.close();
  });
});

describe('when saving fails', () => {
  it('(quota exceeded) keeps going with the choice held for this session', async () => {
    const { page, watched, context } = await openWith(() => {
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
    await walkPath(page, route);
    await page.getByRole('button', { name: label('nav.restart'), exact: true }).click();
    await waitForScreen(page, 'start', 0);
    await walkPath(page, route);
    assert.equal(await readRecord(page), undefined, 'nothing was written');
    assert.deepEqual(watched.errors, []);
    await context.close();
  });
});
