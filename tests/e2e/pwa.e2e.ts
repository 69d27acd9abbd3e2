/**
 * The production build as an installable, offline PWA: manifest, icons, the
 * precache list, Chromium's own installability check, and what is stored.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { launchBrowser, launchPersistent, waitForServiceWorker } from './browser';
import { answer, startPathway, STAFF_DISCLOSURE } from './steps';
import { STORAGE_INVENTORY } from '../../src/storage/inventory';

const DIST = 'dist';

function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  assert.equal(bytes.toString('ascii', 1, 4), 'PNG', `${file} is a PNG`);
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

interface Manifest {
  name: string;
  short_name: string;
  start_url: string;
  scope: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
}

describe('the built app', () => {
  it('has a complete web app manifest with real PNG icons', () => {
    const manifest = JSON.parse(
      readFileSync(join(DIST, 'manifest.webmanifest'), 'utf8'),
    ) as Manifest;
    assert.ok(manifest.name && manifest.short_name);
    assert.equal(manifest.start_url, '/');
    assert.equal(manifest.scope, '/');
    assert.equal(manifest.display, 'standalone');
    assert.match(manifest.theme_color, /^#[0-9a-f]{6}$/i);
    assert.match(manifest.background_color, /^#[0-9a-f]{6}$/i);
    for (const size of [192, 512]) {
      const icon = manifest.icons.find((i) => i.sizes === `${size}x${size}` && !i.purpose);
      assert.ok(icon, `a ${size}px icon`);
      assert.deepEqual(pngSize(join(DIST, icon.src)), [size, size]);
    }
    const maskable = manifest.icons.find((i) => i.purpose === 'maskable');
    assert.ok(maskable, 'a maskable icon');
    assert.deepEqual(pngSize(join(DIST, maskable.src)), [512, 512]);
  });

  it('precaches every built file, including each language, and not the service worker', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]));
    const assets = readdirSync(join(DIST, 'assets')).map((f) => `assets/${f}`);
    for (const file of [
      'index.html',
      'exit.html',
      'exit.js',
      'manifest.webmanifest',
      'pathway-map.svg',
      ...assets,
    ]) {
      assert.ok(precached.has(file), `${file} is precached`);
    }
    for (const namespace of ['ui', 'pathway', 'services']) {
      assert.ok(
        assets.some((f) => new RegExp(`^assets/${namespace}-[\\w-]+\\.js$`).test(f)),
        `${namespace} text is its own precached chunk`,
      );
    }
    assert.ok(!precached.has('sw.js'));
  });
});

describe('in Chromium', () => {
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    server = await startServer(DIST);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('is installable (Chromium reports no installability errors)', async () => {
    const context = await launchPersistent();
    try {
      const page = await context.newPage();
      await page.goto(server.url);
      await waitForServiceWorker(page);
      const cdp = await context.newCDPSession(page);
      const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
        installabilityErrors: { errorId: string }[];
      };
      assert.deepEqual(installabilityErrors, []);
    } finally {
      await context.close();
    }
  });

  it('stores only what the storage inventory lists', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await startPathway(page);
    await answer(page, ...STAFF_DISCLOSURE);
    const stored = await page.evaluate(async () => ({
      databases: (await indexedDB.databases()).map((d) => d.name),
      caches: await caches.keys(),
      local: Object.keys(localStorage),
      session: Object.keys(sessionStorage),
      cookies: document.cookie,
    }));
    const listed = (area: string) =>
      STORAGE_INVENTORY.filter((e) => e.area === area).map((e) => e.name);
    const databases = listed('indexeddb').map((name) => name.split('/')[0]);
    for (const name of stored.databases)
      assert.ok(databases.includes(name!), `database ${name} is listed`);
    for (const name of stored.caches) {
      assert.ok(
        listed('cache-storage').some((prefix) => name.startsWith(prefix)),
        `cache ${name} is listed`,
      );
    }
    assert.deepEqual(stored.local, []);
    assert.deepEqual(stored.session, listed('session-storage'));
    assert.equal(stored.cookies, '');
    const settings = await page.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const request = indexedDB.open('csa-pathway');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const get = request.result.transaction('settings').objectStore('settings').getAll();
            get.onsuccess = () => resolve(get.result);
          };
        }),
    );
    assert.deepEqual(settings, [
      {
        version: 1,
        language: 'en',
        nation: 'england',
        role: 'staff',
        theme: 'system',
        textSize: 'standard',
      },
    ]);
    await context.close();
  });
});
