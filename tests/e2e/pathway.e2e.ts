/**
 * The walking skeleton in a real browser, against the production build:
 * walk the slice online and offline, no request leaves the origin, axe finds
 * nothing, Back works, and Exit this page leaves no step in history.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import {
  axe,
  crossOrigin,
  describeViolations,
  launchBrowser,
  waitForServiceWorker,
  watch,
} from './browser';
import { answer, heading, startPathway, STAFF_DISCLOSURE } from './steps';

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

describe('the disclosure slice', () => {
  it('walks to the staff disclosure outcome online, then offline after one visit', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watched = watch(context, page);

    await page.goto(server.url);
    await waitForServiceWorker(page);
    await startPathway(page);
    assert.equal(await heading(page), 'Is a child in immediate danger right now?');
    await answer(page, ...STAFF_DISCLOSURE);
    assert.equal(await page.locator('main').getAttribute('data-node'), 'outcome-disclosure-staff');
    const outcomeText = await page.locator('main').innerText();
    assert.match(outcomeText, /Act today/);
    assert.match(outcomeText, /secret/i);
    assert.match(outcomeText, /own words/i);
    assert.match(outcomeText, /Keeping children safe in education 2025/);
    assert.ok(
      await page.locator('main a[href="tel:08088005000"]').count(),
      'NSPCC number is a tel: link',
    );

    await context.setOffline(true);
    await page.reload();
    // A reload keeps your place in this tab.
    await page.locator('main[data-node="outcome-disclosure-staff"]').waitFor();
    await page.getByRole('button', { name: 'Start again' }).click();
    await page.locator('main[data-node="start"]').waitFor();
    await startPathway(page);
    // The role is remembered on the device now, so it is not asked again.
    await answer(page, 'no', 'told');
    assert.equal(await page.locator('main').getAttribute('data-node'), 'outcome-disclosure-staff');

    assert.deepEqual(crossOrigin(watched, server.url), [], 'no request leaves the origin');
    assert.deepEqual(watched.errors, []);
    await context.close();
  });

  it('offers one tap to call 999 on every page of the walk', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    const calls999 = async () => {
      await page.locator('h1').waitFor();
      return page.locator('a[href="tel:999"]').first().isVisible();
    };
    assert.ok(await calls999(), 'start page');
    await startPathway(page);
    for (const id of STAFF_DISCLOSURE) {
      assert.ok(await calls999(), `question before answering "${id}"`);
      await answer(page, id);
    }
    assert.ok(await calls999(), 'outcome page');
    await context.close();
  });

  it('reaches the 999 outcome from a question in one tap, and Back returns', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await startPathway(page);
    await answer(page, 'no');
    await page.getByRole('button', { name: 'What to do if a child is in danger' }).click();
    await page.locator('main[data-node="outcome-immediate-danger"]').waitFor();
    assert.equal(
      await page.locator('main ol.actions li').first().locator('a').getAttribute('href'),
      'tel:999',
    );
    await page.goBack();
    await page.locator('main[data-node="role"]').waitFor();
    await context.close();
  });

  it('shows the start page without the state machine, and a first tap still gets through', async () => {
    // The machine's chunk is named after src/ui/engine.ts.
    const isEngine = (url: string) => /\/assets\/engine-[\w-]+\.js$/.test(new URL(url).pathname);
    for (const [button, lands] of [
      ['Start', 'immediate-danger'],
      ['What to do if a child is in danger', 'outcome-immediate-danger'],
    ]) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const requested: string[] = [];
      page.on('request', (request) => {
        if (isEngine(request.url())) requested.push(request.url());
      });
      await page.goto(server.url);
      await page.locator('main[data-node="start"]').waitFor();
      await page.waitForLoadState('networkidle');
      assert.deepEqual(requested, [], 'the start page loads no state machine');
      // A click with no press or focus before it (as some assistive technology sends).
      await page.getByRole('button', { name: button, exact: true }).dispatchEvent('click');
      await page.locator(`main[data-node="${lands}"]`).waitFor();
      assert.equal(requested.length, 1, `${button} loaded the state machine once`);
      await context.close();
    }
  });

  it('has no axe-core violations on the start, question and outcome pages', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    const pages: string[] = [];
    const check = async (name: string) => {
      await page.locator('h1').waitFor();
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
      pages.push(name);
    };
    await check('start');
    await startPathway(page);
    await check('question');
    await answer(page, ...STAFF_DISCLOSURE);
    await check('outcome');
    assert.deepEqual(pages, ['start', 'question', 'outcome']);
    await context.close();
  });

  it("goes back one step with the browser's Back button and the back link", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await startPathway(page);
    await answer(page, 'no', 'staff');
    assert.equal(await heading(page), 'What has happened?');
    await page.goBack();
    assert.equal(await heading(page), 'What is your role?');
    await page.getByRole('link', { name: 'Back' }).click();
    await page.locator('main[data-node="immediate-danger"]').waitFor();
    await page.goBack();
    await page.locator('main[data-node="start"]').waitFor();
    await context.close();
  });

  it('Exit this page leaves no page of the app in history', async () => {
    for (const how of ['button', 'shift'] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      // Stand in for the neutral site so nothing leaves this machine.
      await context.route('https://www.bbc.co.uk/**', (route) =>
        route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
      );
      await page.goto(server.url);
      await startPathway(page);
      await answer(page, 'no', 'staff');
      if (how === 'button') await page.getByRole('button', { name: 'Exit this page' }).click();
      else for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
      await page.waitForURL('https://www.bbc.co.uk/weather');
      // Walk back through everything left in this tab's history.
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
      assert.deepEqual(appPages, [], `${how}: no app page is left in history`);
      await context.close();
    }
  });
});

describe('a nation other than England', () => {
  it('takes a user in Wales along the Wales pathway to a Wales outcome, with no England-only terms', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await page.locator('h1').waitFor();
    // The nation is a setting on the device; there is no switch for it yet, so set it directly.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open('csa-pathway');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const tx = request.result.transaction('settings', 'readwrite');
            tx.objectStore('settings').put(
              { version: 1, language: 'en', nation: 'wales' },
              'settings',
            );
            tx.oncomplete = () => resolve();
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    await startPathway(page);
    await answer(page, 'no');
    assert.equal(await page.locator('main').getAttribute('data-node'), 'wales-role');
    const roleText = await page.locator('main').innerText();
    assert.match(roleText, /designated safeguarding person \(DSP\)/i);
    await answer(page, 'staff', 'told');
    assert.equal(await page.locator('main').getAttribute('data-node'), 'outcome-wales-told-staff');
    const text = await page.locator('main').innerText();
    assert.match(text, /Wales Safeguarding Procedures/);
    assert.match(text, /designated safeguarding person \(DSP\)/);
    assert.match(text, /local authority social services/);
    for (const term of [
      /children's social care/i,
      /\bDSL\b/,
      /designated safeguarding lead/i,
      /\bLADO\b/,
      /\bKCSIE\b/i,
      /Keeping children safe in education/i,
    ]) {
      assert.doesNotMatch(text, term);
    }
    assert.ok((await page.locator('main a[href="tel:999"]').count()) > 0, 'the page offers 999');
    const violations = await axe(page);
    assert.deepEqual(violations, [], describeViolations(violations));
    await context.close();
  });
});
