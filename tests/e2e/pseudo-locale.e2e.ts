/**
 * The pseudo-locale build (VITE_PSEUDO_LOCALE=1): every string from the text
 * files is accented, about 30% longer and bracketed. Walking the app in it
 * proves that no text a person sees or hears is hard-coded, and that layouts
 * survive longer translations on a 320px-wide screen.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { launchBrowser } from './browser';
import { storeSettings, waitForScreen } from './app-model';
import { STAFF_DISCLOSURE } from './steps';
import { PSEUDO_LANGUAGE } from '../../src/i18n/pseudo';
import { PAGES } from '../../src/ui/journey';
import { loadContent } from '../../src/content/load';
import { STORAGE_INVENTORY } from '../../src/storage/inventory';

const DIST = 'dist-pseudo';
const OUTCOME = 'outcome-disclosure-staff';

/**
 * Text that is rightly not translated, and why. Everything else with letters in
 * it must come from the text files (and so be pseudo-localised here).
 */
const sources = (
  JSON.parse(readFileSync('content/sources.json', 'utf8')) as {
    sources: { title: string; publisher: string }[];
  }
).sources;
const languages = JSON.parse(readFileSync('content/languages.json', 'utf8')) as {
  languages: Record<string, { name: string }>;
};
const bundle = loadContent('content');
const citations = [
  ...bundle.nodes.flatMap((node) =>
    node.type === 'outcome'
      ? [...node.sources, ...node.actions.flatMap((a) => a.sources ?? [])]
      : [],
  ),
  ...bundle.glossary.map((entry) => entry.source),
  ...bundle.scenarios.flatMap((scenario) => scenario.sources),
];
const WHITELIST: { text: string; reason: string }[] = [
  // A section reference points into a published document, in that document's own words.
  ...citations.map((c) => ({ text: c.section, reason: 'a section of cited guidance' })),
  // The privacy page names what is stored as the browser's own tools show it.
  ...STORAGE_INVENTORY.map((entry) => ({
    text: entry.name,
    reason: 'a storage name as the browser shows it',
  })),
  // The test language has no name of its own; it is offered by its code.
  { text: PSEUDO_LANGUAGE, reason: 'the pseudo-locale has no name' },
  // The language switch names each language in itself (English, Cymraeg): never translated.
  ...Object.values(languages.languages).map((l) => ({
    text: l.name,
    reason: 'a language is named in itself',
  })),
  // Guidance is cited by its published title and publisher, which are data, not app text.
  ...sources.flatMap((s) => [
    { text: s.title, reason: 'the published title of cited guidance' },
    { text: s.publisher, reason: 'the publisher of cited guidance' },
  ]),
];

const ALLOWED = WHITELIST.map((w) => w.text).sort((a, b) => b.length - a.length);

/** Marks the pseudo-locale adds: brackets, the padding, accented letters. */
const PSEUDO_MARK = /[[\]~ÁÉÍÓÚÝÇÑáéíóúýçñ]/u;

const MONTHS = new RegExp(
  `\\b(${Array.from({ length: 12 }, (_, m) =>
    new Intl.DateTimeFormat('en-GB', { month: 'long', timeZone: 'UTC' }).format(
      Date.UTC(2000, m, 1),
    ),
  ).join('|')})\\b`,
  'g',
);

/** What is left of a text once phone numbers, digits, URLs and whitelisted names are taken out. */
function untranslatable(text: string): string {
  let rest = text;
  // Longest first, so a name that contains another is taken out whole.
  for (const allowed of ALLOWED) rest = rest.split(allowed).join(' ');
  return (
    rest
      .replace(/https?:\/\/\S+/g, ' ')
      // Dates are formatted by Intl, which has no pseudo-locale (it formats as English).
      .replace(MONTHS, ' ')
      .replace(/\b[\w-]+(\.[\w-]+)+(\/\S*)?/g, ' ') // bare web addresses: www.nspcc.org.uk
      .replace(/[\d\s.,:;()–—\-+/·•›‹!?'"“”‘’…|]+/g, ' ')
      .trim()
  );
}

/** Every text node, aria-label, title and placeholder a person could see or hear, not pseudo-localised. */
function notPseudo(page: Page): Promise<string[]> {
  return page
    .evaluate((mark) => {
      const markRe = new RegExp(mark, 'u');
      for (const details of Array.from(document.querySelectorAll('details'))) details.open = true;
      const found: { text: string; where: string }[] = [];
      const where = (el: Element) =>
        `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''}`;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('script, style, noscript, template')) continue;
        // The pathway map is an SVG drawn at build time for each real language; the pseudo-locale
        // has none of its own and shows the English one.
        if (parent.closest('svg')) continue;
        // Not rendered at all (display: none); visually hidden text is still heard, so it counts.
        if (parent.getClientRects().length === 0) continue;
        const text = node.textContent ?? '';
        if (!markRe.test(text)) found.push({ text, where: where(parent) });
      }
      for (const el of Array.from(
        document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt]'),
      )) {
        for (const name of ['aria-label', 'title', 'placeholder', 'alt']) {
          const text = el.getAttribute(name);
          if (text && !markRe.test(text)) found.push({ text, where: `${where(el)}[${name}]` });
        }
      }
      if (!markRe.test(document.title)) found.push({ text: document.title, where: 'title' });
      return found;
    }, PSEUDO_MARK.source)
    .then((found) =>
      found
        .filter((f) => /[A-Za-z]{2,}/.test(untranslatable(f.text)))
        .map((f) => `${f.where}: ${JSON.stringify(f.text)}`),
    );
}

/** The page and its main containers are no wider than the screen. */
function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const wide: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) wide.push(`page: ${root.scrollWidth}px`);
    for (const el of Array.from(
      document.querySelectorAll(
        'header, .emergency-bar, .width-container, .step-nav, main, main > *, footer',
      ),
    )) {
      if (el.scrollWidth > el.clientWidth + 1)
        wide.push(
          `${el.tagName.toLowerCase()}.${el.className}: ${el.scrollWidth} > ${el.clientWidth}`,
        );
    }
    // Name the innermost culprits: elements reaching past the right edge of the screen.
    if (wide.length > 0) {
      for (const el of Array.from(document.querySelectorAll('body *'))) {
        const box = el.getBoundingClientRect();
        if (
          box.right > root.clientWidth + 1 &&
          !Array.from(el.children).some(
            (c) => c.getBoundingClientRect().right > root.clientWidth + 1,
          )
        )
          wide.push(
            `reaches ${Math.round(box.right)}px: ${el.tagName.toLowerCase()}.${String(el.className)} "${(el.textContent ?? '').slice(0, 40)}"`,
          );
      }
    }
    return wide;
  });
}

let server: StaticServer;
let browser: Browser;

before(() => {
  // Its own build, so the real one in dist/ never contains the pseudo-locale.
  execFileSync('npx', ['vite', 'build', '--outDir', DIST, '--emptyOutDir'], {
    env: { ...process.env, VITE_PSEUDO_LOCALE: '1' },
    stdio: 'ignore',
  });
});

before(async () => {
  server = await startServer(DIST);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

describe('the pseudo-locale build at 320px', () => {
  it('shows only text from the text files, and nothing wider than the screen', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    // tsx names functions with a helper the page does not have; evaluate() needs it.
    await context.addInitScript('globalThis.__name = (f) => f;');
    const page = await context.newPage();
    const problems: string[] = [];
    const check = async (name: string) => {
      for (const p of await notPseudo(page)) problems.push(`${name}: not translated: ${p}`);
      for (const p of await overflowing(page)) problems.push(`${name}: too wide: ${p}`);
    };

    await page.goto(server.url);
    await waitForScreen(page, 'start', 0);
    await storeSettings(page, {
      language: PSEUDO_LANGUAGE,
      nation: 'england',
      theme: 'system',
      textSize: 'standard',
    });
    await page.reload();
    await waitForScreen(page, 'start');
    assert.equal(await page.evaluate(() => document.documentElement.lang), PSEUDO_LANGUAGE);
    await check('start');

    await page.locator('main[data-node="start"] .button--start').click();
    await page.locator('main[data-node] button[data-answer]').first().waitFor();
    await check('question');
    for (const id of STAFF_DISCLOSURE) {
      const before = await page.locator('main').getAttribute('data-node');
      await page.locator(`main button[data-answer="${id}"]`).click();
      await page.waitForFunction(
        (node) => document.querySelector('main')?.getAttribute('data-node') !== node,
        before,
      );
    }
    await page.locator(`main[data-node="${OUTCOME}"] h1`).waitFor();
    await page.locator('main ol.actions').waitFor();
    await check('outcome');

    // Every other page of the app, each opened by its own address.
    for (const name of PAGES) {
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/${name}`);
      await page.locator(`main[data-page="${name}"] h1`).waitFor();
      if (name === 'find') {
        // Results are content text too: search for a word the pseudo text still matches.
        await page.locator('main input').fill('online');
        await page.locator('main li').first().waitFor();
      }
      await check(name);
    }
    await context.close();
    assert.deepEqual(problems, []);
  });
});
