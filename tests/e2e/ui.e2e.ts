/**
 * The practitioner UI in a real browser, against the production build:
 * accessibility in light and dark, keyboard only, change answers, reload,
 * deep links, find, print, settings and clear all data.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { axe, describeViolations, launchBrowser, waitForServiceWorker, watch } from './browser';
import { answer, openPage, pages, startPathway, STAFF_DISCLOSURE, ui } from './steps';

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

const node = (page: Page) => page.locator('main').getAttribute('data-node');
const OUTCOME = 'outcome-disclosure-staff';
const SECONDARY = ['settings', 'glossary', 'about', 'privacy', 'find'];

async function withPage(
  options: Parameters<Browser['newContext']>[0],
  run: (page: Page, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const context = await browser.newContext(options);
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

/** Visits start, a question, an outcome and every secondary page, running a check on each. */
async function visitEveryPage(page: Page, check: (name: string) => Promise<void>) {
  await page.goto(server.url);
  await page.locator('main[data-node="start"] h1').waitFor();
  await check('start');
  await startPathway(page);
  await check('question');
  await answer(page, ...STAFF_DISCLOSURE);
  await page.locator(`main[data-node="${OUTCOME}"] h1`).waitFor();
  await check('outcome');
  for (const name of SECONDARY) {
    await openPage(page, name);
    await check(name);
  }
}

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

describe('accessibility', () => {
  for (const mode of ['light', 'dark', 'dark chosen in settings'] as const) {
    it(`axe finds nothing on any page (${mode})`, async () => {
      await withPage({ colorScheme: mode === 'dark' ? 'dark' : 'light' }, async (page) => {
        if (mode === 'dark chosen in settings') {
          await page.goto(server.url);
          await openPage(page, 'settings');
          await page.getByLabel(pages.settings.themes.dark!, { exact: true }).check();
          await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
        }
        const checked: string[] = [];
        await visitEveryPage(page, async (name) => {
          const violations = await axe(page);
          assert.equal(
            violations.length,
            0,
            `${name} (${mode}):\n${describeViolations(violations)}`,
          );
          checked.push(name);
        });
        assert.deepEqual(checked, ['start', 'question', 'outcome', ...SECONDARY]);
        const dark = mode !== 'light';
        assert.equal(await background(page), dark ? 'rgb(17, 20, 22)' : 'rgb(255, 255, 255)');
      });
    });
  }

  it('axe finds nothing with larger text, and nothing scrolls sideways at 320 px', async () => {
    await withPage({ viewport: { width: 320, height: 640 } }, async (page) => {
      await page.goto(server.url);
      await openPage(page, 'settings');
      await page.getByLabel(pages.settings.textSizes.large!, { exact: true }).check();
      await page.waitForFunction(() => document.documentElement.dataset.textSize === 'large');
      await visitEveryPage(page, async (name) => {
        const violations = await axe(page);
        assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
        const { overflow, wide } = await page.evaluate(() => ({
          overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          wide: Array.from(document.querySelectorAll('body *'))
            .filter(
              (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
            )
            .map((el) => `${el.tagName}.${el.className}`)
            .slice(0, 5),
        }));
        assert.ok(overflow <= 0, `${name} scrolls sideways by ${overflow}px: ${wide.join(', ')}`);
      });
    });
  });

  it('reaches an outcome from the start page with the keyboard only', async () => {
    await withPage({}, async (page) => {
      await page.goto(server.url);
      await page.locator('main[data-node="start"] h1').waitFor();
      // Presses Tab until the focused element is the wanted button.
      const tabTo = async (want: { answer?: string; text?: string }) => {
        for (let i = 0; i < 40; i += 1) {
          await page.keyboard.press('Tab');
          const found = await page.evaluate((w) => {
            const el = document.activeElement;
            if (!el || el.tagName !== 'BUTTON') return false;
            if (w.answer) return el.getAttribute('data-answer') === w.answer;
            return (el.textContent ?? '').trim().startsWith(w.text ?? '');
          }, want);
          if (found) return;
        }
        assert.fail(`Tab never reached ${JSON.stringify(want)}`);
      };
      await tabTo({ text: ui.start.button });
      await page.keyboard.press('Enter');
      await page.locator('main[data-node="immediate-danger"]').waitFor();
      const keys = ['Space', 'Enter', 'Space'];
      for (const [i, id] of STAFF_DISCLOSURE.entries()) {
        const before = await node(page);
        await tabTo({ answer: id });
        await page.keyboard.press(keys[i]!);
        await page.waitForFunction(
          (n) => document.querySelector('main')?.dataset.node !== n,
          before,
        );
        // Focus moves to the new page's heading.
        // (The page may still be loading its text or code when data-node changes.)
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1', undefined, {
          timeout: 5000,
        });
      }
      assert.equal(await node(page), OUTCOME);
    });
  });
});

describe('browser integration', () => {
  it('reload keeps the step, and Back still walks back', async () => {
    await withPage({}, async (page) => {
      await page.goto(server.url);
      await startPathway(page);
      await answer(page, 'no');
      assert.equal(await node(page), 'role');
      await page.reload();
      await page.locator('main[data-node="role"] h1').waitFor();
      await page.goBack();
      await page.locator('main[data-node="immediate-danger"]').waitFor();
      await page.goForward();
      await page.locator('main[data-node="role"]').waitFor();
      assert.doesNotMatch(page.url(), /staff|told|no$/);
    });
  });

  it('"Change" goes back to that question, and Back from there is the question before', async () => {
    await withPage({}, async (page) => {
      await page.goto(server.url);
      await startPathway(page);
      await answer(page, ...STAFF_DISCLOSURE);
      await page.locator(`main[data-node="${OUTCOME}"] a[data-change="role"]`).click();
      await page.locator('main[data-node="role"]').waitFor();
      await page.goBack();
      await page.locator('main[data-node="immediate-danger"]').waitFor();
    });
  });

  it('deep links open a topic or a page, with the start page behind them', async () => {
    await withPage({}, async (page) => {
      await page.goto(`${server.url}#/settings`);
      await page.locator('main[data-page="settings"] h1').waitFor();
      await page.goBack();
      await page.locator('main[data-node="start"]').waitFor();

      // A new document, as when the link is opened from elsewhere.
      await page.goto('about:blank');
      await page.goto(`${server.url}#/topic/told`);
      await page.locator('main[data-node="immediate-danger"]').waitFor();
      await answer(page, 'no', 'staff');
      // The concern is known from the link, so "What has happened?" is not asked.
      assert.notEqual(await node(page), 'concern');
    });
  });

  it('a quick entry skips the question it answers', async () => {
    await withPage({}, async (page) => {
      await page.goto(server.url);
      await page.getByRole('link', { name: ui.start.quick.told!, exact: true }).click();
      await page.locator('main[data-node="immediate-danger"]').waitFor();
      await answer(page, 'no', 'staff');
      assert.notEqual(await node(page), 'concern');
    });
  });

  it('Exit this page works from a secondary page too', async () => {
    await withPage({}, async (page, context) => {
      await context.route('https://www.bbc.co.uk/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
      );
      await page.goto(server.url);
      await startPathway(page);
      await openPage(page, 'glossary');
      for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      await page.waitForURL('https://www.bbc.co.uk/weather');
      const visited: string[] = [];
      while (await page.evaluate(() => history.length > 1)) {
        const response = await page.goBack({ waitUntil: 'commit' }).catch(() => null);
        if (!response && page.url() === visited.at(-1)) break;
        visited.push(page.url());
        if (visited.length > 10) break;
      }
      const appPages = visited.filter(
        (url) => url.startsWith(server.url) && !url.endsWith('/exit.html'),
      );
      assert.deepEqual(appPages, [], 'no app page is left in history');
    });
  });
});

describe('pages', () => {
  it('prints an outcome without navigation, with sources and the review date', async () => {
    await withPage({}, async (page) => {
      await page.goto(server.url);
      await startPathway(page);
      await answer(page, ...STAFF_DISCLOSURE);
      await page.locator(`main[data-node="${OUTCOME}"] h1`).waitFor();
      assert.ok(await page.getByRole('button', { name: ui.outcome.print }).isVisible());
      await page.emulateMedia({ media: 'print' });
      for (const selector of ['header', '.emergency-bar', 'nav', 'footer', 'main button']) {
        const visible = await page
          .locator(selector)
          .evaluateAll((els) => els.some((el) => (el as HTMLElement).offsetParent !== null));
        assert.equal(visible, false, `${selector} is hidden in print`);
      }
      assert.ok(await page.locator('.print-footer').isVisible());
      assert.match(await page.locator('.print-footer').innerText(), /review by \d+ \w+ \d{4}/);
      assert.ok(await page.locator('#sources').isVisible());
      const pdf = await page.pdf({ format: 'A4' });
      assert.ok(pdf.length > 1000);
    });
  });

  it("finds topics by a practitioner's words, offline in memory, and starts there", async () => {
    await withPage({}, async (page, context) => {
      const watched = watch(context, page);
      await page.goto(server.url);
      // Installing the service worker fetches every file; let that finish first.
      await waitForServiceWorker(page);
      await page.getByRole('link', { name: ui.start.findLink }).click();
      await page.locator('main[data-page="find"] h1').waitFor();
      const box = page.getByLabel(pages.find.label, { exact: true });
      const results = page.locator('main li[data-result]');
      // The first search waits for the index (built from text loaded with the page).
      await box.fill('teacher');
      await results.first().waitFor();
      const requestsBefore = watched.requests.length;
      for (const word of ['nudes', 'LADO', 'missing', 'sextortion']) {
        await box.fill(word);
        await results.first().waitFor();
        assert.ok((await results.count()) > 0, `"${word}" finds something`);
      }
      const first = results.first();
      assert.equal(watched.requests.length, requestsBefore, 'searching sends nothing');
      assert.ok(watched.requests.every((r) => !/sextortion|nudes|lado|teacher/i.test(r.url)));
      assert.doesNotMatch(page.url(), /sextortion/);
      const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
      assert.doesNotMatch(stored, /sextortion/);
      await first.getByRole('button').click();
      await page.locator('main[data-node="immediate-danger"]').waitFor();
    });
  });

  it('clears all data after asking, and returns to a fresh start page', async () => {
    await withPage({}, async (page) => {
      await page.goto(server.url);
      await openPage(page, 'settings');
      await page.getByLabel(pages.settings.themes.dark!, { exact: true }).check();
      await page.waitForFunction(() => document.documentElement.dataset.theme === 'dark');
      await page.getByRole('button', { name: pages.settings.clear, exact: true }).click();
      await page.getByRole('button', { name: pages.settings.clearConfirm, exact: true }).click();
      await page.locator('main[data-node="start"] h1').waitFor();
      await page.waitForFunction(() => document.documentElement.dataset.theme === undefined);
      const databases = await page.evaluate(async () =>
        (await indexedDB.databases()).map((d) => d.name),
      );
      // The app opens its database again for the default settings; nothing from before is kept.
      const record = await page.evaluate(
        () =>
          new Promise<unknown>((resolve) => {
            const request = indexedDB.open('csa-pathway');
            request.onsuccess = () => {
              const get = request.result.transaction('settings').objectStore('settings').getAll();
              get.onsuccess = () => resolve(get.result);
            };
          }),
      );
      assert.ok(databases.length <= 1);
      assert.deepEqual(record, []);
    });
  });
});
