/**
 * Updating while someone is mid-pathway. Version N (dist/) is served and
 * installed; halfway through a route, version N+1 is deployed: a real second
 * build whose English text, and so whose content hashes and service worker,
 * differ. The walk must go on in the same document with no step lost; an
 * "update available" banner appears; accepting it reloads onto N+1 at the
 * start page; declining it keeps N, which goes on working offline.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'vite';
import type { Browser, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { launchBrowser, waitForServiceWorker, watch } from './browser';
import {
  allPaths,
  forward,
  label,
  startPathway,
  waitForScreen,
  walkPath,
  walkedAgain,
  restart,
} from './app-model';

const DIST = 'dist';

/** Changes the English ui text, so the text chunk, the entry and sw.js all get new hashes. */
function nextVersion(): Plugin {
  return {
    name: 'csa-test-next-version',
    enforce: 'pre',
    transform(code, id) {
      if (!id.replace(/\\/g, '/').endsWith('content/locales/en/ui.json')) return undefined;
      const text = JSON.parse(code) as Record<string, unknown>;
      return JSON.stringify({ ...text, testBuild: 'version N+1' });
    },
  };
}

/** The hashed entry script a build's index.html loads: which version a page is running. */
const entryOf = (dir: string): string =>
  /<script type="module"[^>]* src="([^"]+)"/.exec(
    readFileSync(join(dir, 'index.html'), 'utf8'),
  )![1]!;

const runningEntry = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.querySelector('script[type="module"]')?.getAttribute('src') ?? null);

/** The longest route, so "halfway" leaves steps on both sides. */
const route = [...allPaths].sort((a, b) => b.events.length - a.events.length)[0]!;
const half = Math.ceil(route.events.length / 2);
/** After the first walk the role chosen on it is saved, so the app skips that question. */
const again = walkedAgain(route);

describe('a new version deployed while the app is in use', () => {
  let server: StaticServer;
  let browser: Browser;
  let next: string;

  before(async () => {
    next = mkdtempSync(join(tmpdir(), 'csa-next-'));
    await build({
      logLevel: 'silent',
      plugins: [nextVersion()],
      build: { outDir: next, emptyOutDir: true },
    });
    assert.notEqual(entryOf(next), entryOf(DIST), 'N+1 has a different entry hash');
    assert.notEqual(
      readFileSync(join(next, 'sw.js'), 'utf8'),
      readFileSync(join(DIST, 'sw.js'), 'utf8'),
      'N+1 has a different service worker',
    );
    server = await startServer(DIST);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    if (next) rmSync(next, { recursive: true, force: true });
  });

  /**
   * Installs N, walks half a route, deploys N+1 and checks for it as the app's
   * hourly check does, then walks on to the outcome. Returns the page with the
   * banner showing. A returning visit starts with the service worker already in
   * control; a first visit installs it in the same session as the update.
   */
  async function updateMidWalk(
    visit: 'first' | 'returning',
  ): Promise<{ page: Page; errors: string[] }> {
    server.setRoot(DIST);
    const context = await browser.newContext();
    const page = await context.newPage();
    const { errors } = watch(context, page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    if (visit === 'returning') {
      await page.reload();
      await waitForScreen(page, 'start', 0);
    }
    assert.equal(await runningEntry(page), entryOf(DIST));

    await startPathway(page);
    for (const event of route.events.slice(0, half)) await forward(page, event);
    const halfway = route.nodes[half]!;
    await waitForScreen(page, halfway, half + 1);
    await page.evaluate(
      () => ((window as unknown as { sameDocument: boolean }).sameDocument = true),
    );

    server.setRoot(next);
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      await registration?.update();
    });
    await page.locator('[data-banner="update"]').waitFor();
    // Still on the same step, in the same document, with its history.
    await waitForScreen(page, halfway, half + 1);

    for (const [i, event] of route.events.slice(half).entries()) {
      await forward(page, event);
      await waitForScreen(page, route.nodes[half + i + 1]!, half + i + 2);
    }
    assert.ok(
      await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument),
      'the page was not reloaded',
    );
    assert.ok(await page.locator('[data-banner="update"]').isVisible(), 'the banner stays');
    assert.equal(await runningEntry(page), entryOf(DIST), 'still version N');
    return { page, errors };
  }

  for (const visit of ['returning', 'first'] as const) {
    it(`accepting reloads onto version N+1 at the start page (${visit} visit)`, async () => {
      const { page, errors } = await updateMidWalk(visit);
      const banner = page.locator('[data-banner="update"]');
      await banner.getByRole('button', { name: label('update.reload'), exact: true }).click();
      await page.waitForFunction(
        () => !(window as unknown as { sameDocument?: boolean }).sameDocument,
        undefined,
        { timeout: 5000 },
      );
      await waitForScreen(page, 'start', 0);
      assert.equal(await runningEntry(page), entryOf(next), 'now version N+1');
      assert.equal(await banner.count(), 0, 'no banner once updated');
      await walkPath(page, again.path, again.remembered);
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }

  it('declining keeps version N, which goes on working offline', async () => {
    const { page, errors } = await updateMidWalk('returning');
    const banner = page.locator('[data-banner="update"]');
    await banner.getByRole('button', { name: label('update.later'), exact: true }).click();
    await banner.waitFor({ state: 'detached' });

    // A reload keeps your place (the journey is in sessionStorage), offline too.
    const before = await page.locator('main[data-node]').getAttribute('data-node');
    await page.context().setOffline(true);
    await page.reload();
    await waitForScreen(page, before!);
    assert.equal(await runningEntry(page), entryOf(DIST), 'still version N after a reload');
    await restart(page);
    await walkPath(page, again.path, again.remembered);
    assert.deepEqual(errors, []);
    await page.context().close();
  });
});
