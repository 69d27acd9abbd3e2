/**
 * Trainers' pages against the production build: the pathway map (every node of
 * the compiled content, zoom, keyboard, printing on A4 and A3 without clipping),
 * the share screen's QR code made offline, and the guide to looking after
 * participants, which opens the pathway for an adult's non-recent disclosure.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import {
  axe,
  decodeQr,
  crossOrigin,
  describeViolations,
  launchBrowser,
  waitForServiceWorker,
  watch,
} from './browser';
import { content, freshStart, nodeOf, send, storeSettings, waitForScreen } from './app-model';
import { openPage } from './steps';
import { DEFAULT_SETTINGS } from '../../src/storage/settings';

const text = JSON.parse(readFileSync('content/locales/en/training-extras.json', 'utf8')) as {
  map: Record<string, string>;
  share: Record<string, string>;
  participants: Record<string, string>;
};

const NODE_IDS = Object.keys(content.nodes).sort();

/** The map's own shape, from the file the build emitted. */
const [, , MAP_WIDTH, MAP_HEIGHT] = /viewBox="([\d.]+) ([\d.]+) ([\d.]+) ([\d.]+)"/
  .exec(readFileSync('dist/pathway-map.svg', 'utf8'))!
  .slice(1)
  .map(Number) as [number, number, number, number];
const ORIENTATION = MAP_HEIGHT > MAP_WIDTH ? 'portrait' : 'landscape';

/** Paper in mm (portrait), less the 10 mm margins map.css gives each side, in CSS px. */
const PAPER_MM = { a4: [210, 297], a3: [297, 420] } as const;
const MM = 96 / 25.4;
function printableArea(paper: keyof typeof PAPER_MM): { width: number; height: number } {
  const [short, long] = PAPER_MM[paper].map((mm) => Math.round((mm - 20) * MM));
  return ORIENTATION === 'portrait'
    ? { width: short!, height: long! }
    : { width: long!, height: short! };
}

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

async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>) {
  const context = await browser.newContext();
  try {
    await run(await context.newPage(), context);
  } finally {
    await context.close();
  }
}

const mapSvg = (page: Page) => page.locator('main[data-page="map"] .map__frame svg');

async function openMap(page: Page) {
  await page.goto(server.url);
  await openPage(page, 'map');
  await mapSvg(page).waitFor();
  // The zoom level is announced once the map is fitted to the screen.
  const zoom = new RegExp(`^${text.map.zoom!.split('{{')[0]}\\d+%$`);
  await page.locator('main').getByRole('status').getByText(zoom).waitFor();
}

/** The map's drawn size on screen, in CSS px. */
const mapBox = (page: Page) =>
  mapSvg(page).evaluate((svg) => {
    const { width, height } = svg.getBoundingClientRect();
    return { width, height };
  });

const button = (page: Page, name: string) =>
  page.locator('main').getByRole('button', { name, exact: true });

describe('the pathway map page', () => {
  it('draws every node of the compiled content, once, and says how many', async () => {
    await withPage(async (page) => {
      await openMap(page);
      const drawn = await page
        .locator('main .map__frame svg g.node')
        .evaluateAll((groups) => groups.map((g) => g.getAttribute('data-node')!));
      assert.equal(drawn.length, NODE_IDS.length);
      assert.deepEqual([...drawn].sort(), NODE_IDS);
      const summary = text.map.summary_other!.replace('{{count}}', String(NODE_IDS.length));
      assert.ok(await page.locator('main').getByText(summary, { exact: true }).isVisible());
    });
  });

  it('zooms in, out and back to fit, and the keyboard moves around the map', async () => {
    await withPage(async (page) => {
      await openMap(page);
      const frame = page.getByRole('region', { name: text.map.region, exact: true });
      const frameBox = await frame.evaluate((f) => ({
        width: f.clientWidth,
        height: f.clientHeight,
      }));
      const fitted = await mapBox(page);
      assert.ok(fitted.width <= frameBox.width + 1 && fitted.height <= frameBox.height + 1);
      assert.ok(
        fitted.width >= frameBox.width - 2 || fitted.height >= frameBox.height - 2,
        'fitted, the map fills the view one way',
      );

      await button(page, text.map.zoomIn!).click();
      const bigger = await mapBox(page);
      assert.ok(Math.abs(bigger.width / fitted.width - 1.25) < 0.01, 'zoom in is 1.25 times');
      await button(page, text.map.zoomOut!).click();
      await button(page, text.map.zoomOut!).click();
      const smaller = await mapBox(page);
      assert.ok(Math.abs(smaller.width / fitted.width - 0.8) < 0.01, 'zoom out is 0.8 times');
      await button(page, text.map.fit!).click();
      assert.deepEqual(await mapBox(page), fitted);

      // Keyboard only: + zooms, the arrow keys scroll, 0 fits again.
      await frame.focus();
      for (let i = 0; i < 8; i++) await page.keyboard.press('+');
      assert.ok((await mapBox(page)).width > fitted.width * 5);
      const before = await frame.evaluate((f) => [f.scrollLeft, f.scrollTop]);
      for (let i = 0; i < 5; i++) {
        await page.keyboard.press('ArrowDown');
        await page.keyboard.press('ArrowRight');
      }
      const moved = await frame.evaluate((f) => [f.scrollLeft, f.scrollTop]);
      assert.ok(moved[0]! > before[0]! && moved[1]! > before[1]!, 'arrow keys pan the map');
      await page.keyboard.press('0');
      assert.deepEqual(await mapBox(page), fitted);
    });
  });

  for (const paper of ['a4', 'a3'] as const) {
    it(`prints the whole map on one ${paper.toUpperCase()} sheet, without the app around it`, async () => {
      await withPage(async (page) => {
        await openMap(page);
        // The print dialog itself is the browser's: count the calls instead.
        await page.evaluate(() => {
          const w = window as unknown as { printed: number };
          w.printed = 0;
          window.print = () => void (w.printed += 1);
        });
        await button(page, text.map[`print${paper.toUpperCase()}`]!).click();
        assert.equal(
          await page.evaluate(() => (window as unknown as { printed: number }).printed),
          1,
        );

        // Chromium's own print to PDF: one sheet, of the paper chosen.
        const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
        assert.equal(pdf.match(/\/Type\s*\/Page\b/g)?.length, 1, 'one printed page');
        const [, , sheetWidth, sheetHeight] = /\/MediaBox\s*\[([\d.\s]+)\]/
          .exec(pdf)![1]!
          .trim()
          .split(/\s+/)
          .map(Number);
        const [short, long] = PAPER_MM[paper].map((mm) => (mm / 25.4) * 72);
        const [wantWidth, wantHeight] = ORIENTATION === 'portrait' ? [short, long] : [long, short];
        assert.ok(
          Math.abs(sheetWidth! - wantWidth!) < 2 && Math.abs(sheetHeight! - wantHeight!) < 2,
        );

        const area = printableArea(paper);
        await page.setViewportSize(area);
        await page.emulateMedia({ media: 'print' });
        // Inline code only: the test runner's transform would name helper functions.
        const printed = await page.evaluate(() => {
          window.scrollTo(0, 0);
          const svg = document.querySelector('.map__frame svg')!.getBoundingClientRect();
          const width = document.documentElement.clientWidth;
          const height = document.documentElement.clientHeight;
          const nodes = Array.from(document.querySelectorAll('.map__frame svg g.node')).map((g) =>
            g.getBoundingClientRect(),
          );
          return {
            named: getComputedStyle(document.body).getPropertyValue('page'),
            chrome: ['header', 'footer', '.emergency-bar', '.step-nav', 'h1', 'main button'].filter(
              (selector) =>
                Array.from(document.querySelectorAll(selector)).some(
                  (e) => e.getClientRects().length > 0,
                ),
            ),
            svg: { left: svg.left, top: svg.top, width: svg.width, height: svg.height },
            svgInPage:
              svg.left >= -0.5 &&
              svg.top >= -0.5 &&
              svg.right <= width + 0.5 &&
              svg.bottom <= height + 0.5,
            nodesInMap: nodes.every(
              (r) =>
                r.left >= svg.left - 0.5 &&
                r.top >= svg.top - 0.5 &&
                r.right <= svg.right + 0.5 &&
                r.bottom <= svg.bottom + 0.5,
            ),
            nodes: nodes.length,
            pageHeight: document.documentElement.scrollHeight,
            pageWidth: document.documentElement.scrollWidth,
          };
        });
        assert.equal(printed.named, `map-${paper}-${ORIENTATION}`, 'the paper chosen is used');
        assert.deepEqual(printed.chrome, [], 'no app chrome in print');
        assert.equal(printed.nodes, NODE_IDS.length);
        assert.ok(printed.svgInPage, `the map is inside the page: ${JSON.stringify(printed)}`);
        assert.ok(printed.nodesInMap, 'every node is inside the map');
        assert.ok(printed.pageHeight <= area.height + 1, `one sheet: ${JSON.stringify(printed)}`);
        assert.ok(printed.pageWidth <= area.width + 1, 'nothing wider than the sheet');
        assert.ok(
          printed.svg.width >= area.width * 0.95 || printed.svg.height >= area.height * 0.95,
          `the map fills the sheet one way: ${JSON.stringify(printed)}`,
        );
      });
    });
  }
});

describe('the map in each language', () => {
  const languages = readdirSync('content/locales');
  const mapFiles = readdirSync('dist').filter((f) => /^pathway-map(\.[\w-]+)?\.svg$/.test(f));

  it('is built and precached for every language', () => {
    assert.equal(mapFiles.length, languages.length);
    const sw = readFileSync('dist/sw.js', 'utf8');
    const precached = new Set([...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]));
    const langs = mapFiles.map((file) => {
      assert.ok(precached.has(file), `${file} is precached`);
      return /<svg [^>]*\blang="([^"]+)"/.exec(readFileSync(`dist/${file}`, 'utf8'))![1];
    });
    assert.deepEqual(langs.sort(), [...languages].sort());
  });

  it('shows the Welsh map, with Welsh labels, when Welsh is chosen', async () => {
    const cy = (namespace: string) =>
      JSON.parse(readFileSync(`content/locales/cy/${namespace}.json`, 'utf8')) as {
        map: { drawing: { title: string } };
        immediateDanger: { prompt: string };
      };
    await withPage(async (page) => {
      await page.goto(server.url);
      await storeSettings(page, { ...DEFAULT_SETTINGS, language: 'cy' });
      // A fresh load of the deep link (a reload would return to the entry it was on).
      await page.goto('about:blank');
      await page.goto(`${server.url}/#/map`);
      await mapSvg(page).waitFor();
      assert.equal(await mapSvg(page).getAttribute('lang'), 'cy');
      assert.equal(await page.locator('main .map__frame').getAttribute('lang'), 'cy');
      assert.equal(
        await mapSvg(page).locator('#map-title').textContent(),
        cy('training-extras').map.drawing.title,
      );
      const danger = mapSvg(page).locator('g.node[data-node="immediate-danger"] text');
      const label = (await danger.allTextContents()).join(' ');
      assert.equal(label, cy('pathway').immediateDanger.prompt);
      assert.equal(await page.locator('main .map__frame svg g.node').count(), NODE_IDS.length);
    });
  });
});

describe('sharing the app', () => {
  it('shows a QR code of its own address, made offline, and the address to copy', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const watched = watch(context, page);
      await page.goto(server.url);
      await waitForServiceWorker(page);
      await context.setOffline(true);
      await openPage(page, 'share');
      const address = `${new URL(server.url).origin}/`;
      const qr = page.getByRole('img', {
        name: text.share.qr!.replace('{{address}}', address),
        exact: true,
      });
      await qr.waitFor();
      assert.equal(await page.locator('main [data-address]').innerText(), address);

      assert.equal(await decodeQr(qr, 400), address);

      // The map is there offline too.
      await openPage(page, 'map');
      await mapSvg(page).waitFor();
      assert.equal(await page.locator('main .map__frame svg g.node').count(), NODE_IDS.length);
      assert.deepEqual(crossOrigin(watched, new URL(server.url).origin), []);
      assert.deepEqual(watched.errors, []);
    } finally {
      await context.close();
    }
  });

  it('copies the address', async () => {
    await withPage(async (page, context) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], {
        origin: new URL(server.url).origin,
      });
      await page.goto(server.url);
      await openPage(page, 'share');
      await button(page, text.share.copy!).click();
      await page.getByRole('status').getByText(text.share.copied!, { exact: true }).waitFor();
      assert.equal(
        await page.evaluate(() => navigator.clipboard.readText()),
        `${new URL(server.url).origin}/`,
      );
    });
  });
});

describe('looking after participants', () => {
  it('offers only listed support services and opens the adult non-recent route', async () => {
    await withPage(async (page) => {
      await page.goto(server.url);
      await openPage(page, 'participants');
      const shown = await page
        .locator('main [data-service]')
        .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-service')));
      assert.ok(shown.length > 0);
      for (const id of shown) assert.ok(content.services[id!], `${id} is in services.json`);

      await page.getByRole('link', { name: text.participants.start, exact: true }).click();
      const expected = send(freshStart(), {
        type: 'START',
        vars: { concern: 'adult-non-recent' },
      });
      await waitForScreen(page, nodeOf(expected));
    });
  });
});

describe('accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`axe finds nothing on the map, share and participants pages (${scheme})`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      try {
        const page = await context.newPage();
        await page.goto(server.url);
        for (const name of ['map', 'share', 'participants']) {
          await openPage(page, name);
          if (name === 'map') await mapSvg(page).waitFor();
          const violations = await axe(page);
          assert.equal(violations.length, 0, `${name}:\n${describeViolations(violations)}`);
        }
      } finally {
        await context.close();
      }
    });
  }
});
