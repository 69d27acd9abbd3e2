/**
 * Issue 6's acceptance: someone in Wales chooses Cymraeg and walks a Wales
 * route offline. Every page says lang="cy", shows the Welsh text from
 * content/locales/cy, says politely that the translation awaits review, names
 * no England-only procedure, and passes axe. The route and the expected text
 * are read from the content, so the test follows the content as it changes.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { axe, describeViolations, launchBrowser, waitForServiceWorker, watch } from './browser';
import {
  content,
  freshStart,
  nodeOf,
  pathsFrom,
  send,
  waitForScreen,
  type Expected,
} from './app-model';
import { lookupText } from '../../src/content/check';
import type { PathwayEvent, Vars } from '../../src/pathway/machine';

const DIST = 'dist';
const WALES: Vars = { nation: 'wales' };

type Resources = Record<string, Record<string, unknown>>;
const readLocale = (lang: string): Resources =>
  Object.fromEntries(
    readdirSync(join('content/locales', lang))
      .filter((file) => file.endsWith('.json'))
      .map((file) => [
        file.slice(0, -'.json'.length),
        JSON.parse(readFileSync(join('content/locales', lang, file), 'utf8')) as Record<
          string,
          unknown
        >,
      ]),
  );
const cy = readLocale('cy');
const en = readLocale('en');
const welsh = (key: string): string => {
  const text = lookupText(cy, key);
  assert.ok(text, `content/locales/cy has the Welsh for "${key}"`);
  return text;
};
const english = (key: string): string => lookupText(en, key) ?? '';

/** Words that belong to England's procedures and must not appear on a Wales route. */
const ENGLAND_ONLY =
  /\bKCSIE\b|Keeping children safe in education|\bDSL\b|designated safeguarding lead|arweinydd diogelu dynodedig|\bLADO\b/i;

/** A Wales route from the start page to advice (not the 999 page), asking at least one question. */
function walesRoute() {
  const routes = pathsFrom(WALES).filter((path) => {
    const end = content.nodes[path.nodes.at(-1)!];
    return (
      end?.type === 'outcome' &&
      !end.tags?.includes('immediate-danger') &&
      path.events.some((e) => e.type === 'ANSWER')
    );
  });
  assert.ok(routes.length > 0, 'the content has a Wales route to an outcome');
  // The longest of the short ones: several questions, without walking the whole graph.
  return routes.sort((a, b) => a.events.length - b.events.length)[Math.floor(routes.length / 2)]!;
}

/** The key of the heading a pathway page shows. */
function headingKey(nodeId: string): string {
  const node = content.nodes[nodeId];
  if (node?.type === 'question') return node.prompt;
  if (node?.type === 'info' || node?.type === 'outcome') return node.title;
  throw new Error(`${nodeId} has no page`);
}

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

const htmlLang = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** Everything a Welsh pathway page must be. */
async function checkWelshPage(page: Page, nodeId: string) {
  assert.equal(await htmlLang(page), 'cy', `${nodeId}: <html lang="cy">`);
  assert.equal(await page.evaluate(() => document.documentElement.dir), 'ltr');
  const key = headingKey(nodeId);
  const h1 = (await page.locator('main h1').innerText()).trim();
  assert.equal(h1, welsh(key), `${nodeId}: the heading is the Welsh for ${key}`);
  assert.match(await page.title(), new RegExp(`^${h1.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`));
  const notice = page.locator('main [data-notice="awaiting-review"]');
  assert.ok(
    (await notice.innerText()).includes(welsh('ui:language.unreviewed')),
    `${nodeId}: the notice says the Welsh awaits review`,
  );
  assert.equal(
    await notice
      .getByRole('button', { name: english('ui:language.readInSource') })
      .getAttribute('lang'),
    'en',
  );
  const text = await page.locator('main').innerText();
  assert.doesNotMatch(text, ENGLAND_ONLY, `${nodeId}: no England-only terms`);
  const violations = await axe(page);
  assert.deepEqual(violations, [], `${nodeId}: ${describeViolations(violations)}`);
}

describe('Cymraeg, offline, on a Wales route', () => {
  it('precaches the text of every Welsh namespace', () => {
    const sw = readFileSync(join(DIST, 'sw.js'), 'utf8');
    const precached = [...sw.matchAll(/"url":"(assets\/[^"]+\.js)"/g)].map((m) =>
      readFileSync(join(DIST, m[1]!), 'utf8'),
    );
    for (const [namespace, resources] of Object.entries(cy)) {
      const sample = JSON.stringify(resources)
        .match(/"([^"\\`$]{20,})"/g)
        ?.map((s) => s.slice(1, -1))
        .find((s) => !/^[\w.-]+$/.test(s));
      assert.ok(sample, `cy/${namespace} has text`);
      assert.ok(
        precached.some((chunk) => chunk.includes(sample)),
        `cy/${namespace} is in a precached chunk`,
      );
    }
  });

  it('switches language, keeps your place, and walks to advice in Welsh', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watched = watch(context, page);
    await page.goto(server.url);
    await waitForScreen(page, 'start', 0);
    await waitForServiceWorker(page);
    await context.setOffline(true);

    // Choose Wales in settings, then Cymraeg from the header: the page reloads in Welsh, still on settings.
    await page.locator('footer a[href="#/settings"]').click();
    await page.locator('main[data-page="settings"] h1').waitFor();
    await page.locator('input[name="nation"][value="wales"]').check();
    await page.locator('main [role="status"]').filter({ hasText: /\S/ }).waitFor();
    const toWelsh = page.locator('header button[lang="cy"]');
    assert.equal((await toWelsh.innerText()).trim(), 'Cymraeg');
    await toWelsh.click();
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await page.locator('main[data-page="settings"] h1').waitFor();
    assert.equal(
      (await page.locator('main h1').innerText()).trim(),
      welsh('pages:settings.title'),
      'the reload keeps your place',
    );
    assert.equal((await page.locator('header button[lang="en"]').innerText()).trim(), 'English');
    assert.ok(await page.locator('input[name="nation"][value="wales"]').isChecked());

    // Home, then the route, one page at a time.
    await page.locator('header .header__name').click();
    await waitForScreen(page, 'start');
    assert.equal(await htmlLang(page), 'cy');
    assert.equal((await page.locator('main h1').innerText()).trim(), welsh('ui:start.title'));
    const route = walesRoute();
    await page.locator('main[data-node="start"] .button--start').click();
    let expected: Expected = send(freshStart(WALES), { type: 'START' });
    // (Home was a step of its own, so history depth is not the model's: wait on the node.)
    await waitForScreen(page, nodeOf(expected));
    await checkWelshPage(page, nodeOf(expected));
    for (const event of route.events as PathwayEvent[]) {
      if (event.type === 'ANSWER')
        await page.locator(`main button[data-answer="${event.answer}"]`).click();
      else await page.getByRole('button', { name: welsh('ui:nav.continue'), exact: true }).click();
      expected = send(expected, event);
      await waitForScreen(page, nodeOf(expected));
      if (content.nodes[nodeOf(expected)]?.type === 'outcome') {
        await page.locator('main ol.actions').waitFor();
      }
      await checkWelshPage(page, nodeOf(expected));
    }
    const outcome = nodeOf(expected);
    assert.equal(outcome, route.nodes.at(-1));

    // "Read this page in English" switches language and stays on the advice; the header offers the way back.
    await page.locator('main [data-notice] button').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await waitForScreen(page, outcome);
    assert.equal((await page.locator('main h1').innerText()).trim(), english(headingKey(outcome)));
    assert.equal(await page.locator('main [data-notice]').count(), 0);
    await page.locator('header button[lang="cy"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'cy');
    await waitForScreen(page, outcome);

    assert.deepEqual(watched.errors, []);
    await context.close();
  });
});
