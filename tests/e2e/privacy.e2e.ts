/**
 * One full walk of the production build (a route to every outcome, in every
 * nation, with each role question answered as it comes; the 999 shortcut, Back, Start again, offline, Exit this page) under the strict
 * Content-Security-Policy the server sends, then:
 * - nothing left the origin and nothing was sent (only GETs);
 * - the browser reported no CSP violation (and the check is shown to catch one);
 * - what is stored is only what the storage inventory lists.
 * Exit this page online goes on to a neutral site by design; this walk exits
 * offline, where it stays on the blank exit page, so that is not counted.
 */
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { readHeaders, startServer, type StaticServer } from '../../scripts/static-server';
import { crossOrigin, launchBrowser, waitForServiceWorker, watch, type Watched } from './browser';
import {
  allPaths,
  content,
  DEFAULT_REMEMBERED,
  depthOf,
  emergency,
  forward,
  freshStart,
  label,
  nodeOf,
  outcomeIds,
  pathsFrom,
  rememberedAfter,
  restart,
  send,
  startPathway,
  storeSettings,
  waitForScreen,
  walkPath,
  type Expected,
} from './app-model';
import { STORAGE_INVENTORY } from '../../src/storage/inventory';
import { NATIONS } from '../../src/storage/settings';
import { currentNodeId, type Vars } from '../../src/pathway/machine';

/** Reports CSP violations as console errors that name themselves, in every document. */
function reportCspViolations(): void {
  document.addEventListener('securitypolicyviolation', (event) =>
    console.error(
      `CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'} in ${event.sourceFile}:${event.lineNumber}`,
    ),
  );
}

const cspProblems = (watched: Watched, console: string[]) => [
  ...watched.errors.filter((e) => /CSP violation|Content Security Policy/i.test(e)),
  ...console.filter((e) => /Content Security Policy/i.test(e)),
];

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

async function openApp(): Promise<{
  context: BrowserContext;
  page: Page;
  watched: Watched;
  messages: string[];
}> {
  const context = await browser.newContext();
  await context.addInitScript(reportCspViolations);
  const page = await context.newPage();
  const watched = watch(context, page);
  const messages: string[] = [];
  page.on('console', (message) => messages.push(message.text()));
  return { context, page, watched, messages };
}

describe('a full walk of the app', () => {
  let context: BrowserContext;
  let page: Page;
  let watched: Watched;
  let messages: string[];
  let documentHeaders: Record<string, string>;

  before(async () => {
    ({ context, page, watched, messages } = await openApp());
    const response = await page.goto(server.url);
    documentHeaders = response!.headers();
    await waitForServiceWorker(page);
    // Every route (about 140 in England alone) would take minutes: walk one route to
    // each outcome. The nation comes from settings, so each nation is set and the app
    // reloaded; the role, once answered, is remembered and saved, so when no route to
    // a missing outcome is left with it, the role is cleared the same way.
    const missing = new Set(outcomeIds);
    let remembered: Vars = DEFAULT_REMEMBERED;
    const reloadWith = async (nation: (typeof NATIONS)[number]) => {
      await storeSettings(page, { ...DEFAULT_SETTINGS, nation });
      await page.reload();
      await waitForScreen(page, 'start', 0);
      remembered = { nation };
    };
    // England last, so the 999 checks below start from a question.
    for (const nation of [...NATIONS.filter((n) => n !== 'england'), 'england' as const]) {
      if (remembered.nation !== nation) await reloadWith(nation);
      for (;;) {
        const path = pathsFrom(remembered).find((p) => missing.has(currentNodeId(p.final)));
        if (!path) {
          if (remembered.role === undefined) break;
          await reloadWith(nation);
          continue;
        }
        await walkPath(page, path, remembered);
        missing.delete(currentNodeId(path.final));
        remembered = rememberedAfter(path);
        await restart(page);
      }
    }
    assert.deepEqual([...missing], [], 'a route to every outcome was walked');
    // The 999 shortcut from the start page and from a question, and Back from it;
    // the emergency route resolves to the 999 page of the nation in settings.
    let expected: Expected = freshStart(remembered);
    await page.getByRole('button', { name: label('emergency.whatToDo'), exact: true }).click();
    expected = emergency(expected);
    await waitForScreen(page, nodeOf(expected), 2);
    await page.getByRole('link', { name: label('nav.back') }).click();
    expected = send(expected, { type: 'BACK' });
    await waitForScreen(page, nodeOf(expected), 1);
    const firstStep = allPaths.at(-1)!.events[0]!;
    await forward(page, firstStep);
    expected = send(expected, firstStep);
    assert.equal(content.nodes[nodeOf(expected)]?.type, 'question');
    await waitForScreen(page, nodeOf(expected), depthOf(expected));
    await page.getByRole('button', { name: label('emergency.whatToDo'), exact: true }).click();
    expected = emergency(expected);
    await waitForScreen(page, nodeOf(expected), 3);
    await restart(page);
    // Offline: reload, walk, and leave by Exit this page.
    await context.setOffline(true);
    await page.reload();
    await waitForScreen(page, 'start', 0);
    await walkPath(page, pathsFrom(remembered)[0]!, remembered);
    await page.getByRole('button', { name: label('exit.button'), exact: true }).click();
    await page.waitForURL(/\/exit\.html$/);
    await page.goto(server.url);
    await startPathway(page);
    await context.setOffline(false);
  });
  after(() => context?.close());

  it('makes no request to another origin, and only GET requests', () => {
    assert.ok(watched.requests.length > 0, 'requests were recorded');
    assert.deepEqual(crossOrigin(watched, server.url), []);
    assert.deepEqual(
      watched.requests.filter((r) => r.method !== 'GET'),
      [],
      'nothing is sent anywhere',
    );
  });

  it('runs under a strict Content-Security-Policy with no violation', () => {
    const csp = documentHeaders['content-security-policy'] ?? '';
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "frame-ancestors 'none'",
    ]) {
      assert.ok(csp.includes(directive), `CSP has ${directive}`);
    }
    assert.doesNotMatch(csp, /unsafe-inline|unsafe-eval|\*/);
    assert.deepEqual(cspProblems(watched, messages), []);
    assert.deepEqual(watched.errors, []);
  });

  it('stores only what the storage inventory lists', async () => {
    const stored = await page.evaluate(async () => {
      const idb: string[] = [];
      for (const { name } of await indexedDB.databases()) {
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const request = indexedDB.open(name!);
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        for (const store of Array.from(db.objectStoreNames)) {
          const keys = await new Promise<IDBValidKey[]>((resolve) => {
            const get = db.transaction(store).objectStore(store).getAllKeys();
            get.onsuccess = () => resolve(get.result);
          });
          idb.push(...keys.map((key) => `${name}/${store}/${String(key)}`));
        }
        db.close();
      }
      const cached: string[] = [];
      for (const name of await caches.keys()) {
        for (const request of await (await caches.open(name)).keys()) {
          cached.push(`${name} ${request.url}`);
        }
      }
      return {
        idb,
        caches: await caches.keys(),
        cached,
        local: Object.keys(localStorage),
        session: Object.keys(sessionStorage),
      };
    });
    const listed = (area: string) =>
      STORAGE_INVENTORY.filter((e) => e.area === area).map((e) => e.name);
    for (const entry of stored.idb) {
      assert.ok(listed('indexeddb').includes(entry), `IndexedDB ${entry} is in the inventory`);
    }
    assert.ok(stored.caches.length > 0, 'the app is cached for offline use');
    for (const name of stored.caches) {
      assert.ok(
        listed('cache-storage').some((prefix) => name.startsWith(prefix)),
        `cache ${name} is in the inventory`,
      );
    }
    for (const entry of stored.cached) {
      assert.ok(entry.includes(` ${server.url}/`), `${entry} is one of the app's own files`);
      assert.doesNotMatch(entry, /#|\?(?!__WB_REVISION__)/, `${entry} holds no page state`);
    }
    assert.deepEqual(stored.local, listed('local-storage'));
    assert.deepEqual(stored.session, listed('session-storage'));
    assert.deepEqual(await context.cookies(), []);
  });
});

describe('the CSP check', () => {
  it('does catch a violation (an injected inline script)', async () => {
    const { context, page, watched, messages } = await openApp();
    await page.goto(server.url);
    await waitForScreen(page, 'start', 0);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.head.append(script);
    });
    await page.waitForTimeout(100);
    assert.notEqual(await page.title(), 'injected');
    assert.ok(cspProblems(watched, messages).length > 0, 'the violation was seen');
    await context.close();
  });
});

describe('example hosting headers', () => {
  const expected = readHeaders('public/_headers');

  it('are the same in public/_headers and the nginx snippet', () => {
    const nginx: Record<string, string> = {};
    for (const match of readFileSync('docs/hosting/security-headers.conf', 'utf8').matchAll(
      /^add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;$/gm,
    )) {
      nginx[match[1]!] = match[2]!;
    }
    assert.deepEqual(nginx, expected);
    for (const name of [
      'Content-Security-Policy',
      'Referrer-Policy',
      'Permissions-Policy',
      'X-Content-Type-Options',
    ]) {
      assert.ok(expected[name], `${name} is set`);
    }
    assert.equal(expected['Referrer-Policy'], 'no-referrer');
  });

  it('are included in every nginx location (add_header does not inherit)', () => {
    const config = readFileSync('docs/hosting/nginx.conf', 'utf8');
    const locations = [...config.matchAll(/location[^{]*\{([^}]*)\}/g)];
    assert.ok(locations.length > 0);
    for (const [block, body] of locations) {
      assert.match(body!, /include\s+\S*security-headers\.conf;/, block.split('\n')[0] ?? block);
    }
  });
});
