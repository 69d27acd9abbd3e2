/**
 * Byte budgets (bench/budgets.json) for the production build. Sizes are read
 * from dist/ and gzipped, so this fails the same way on every machine; the
 * timing budgets are printed by npm run bench instead.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { launchBrowser } from './browser';
import { KB, loadBudgets } from '../../bench/budgets';
import { measureBytes, type ByteFigures } from '../../bench/bytes';

const DIST = 'dist';
const budgets = loadBudgets();

describe('byte budgets', () => {
  let server: StaticServer;
  let browser: Browser;
  let figures: ByteFigures;
  before(async () => {
    server = await startServer(DIST);
    browser = await launchBrowser();
    figures = await measureBytes(browser, server.url, DIST);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  it('counts the entry script, the stylesheet and each text chunk the first visit loads', () => {
    assert.ok(figures.files.js.some((f) => /^assets\/index-[\w-]+\.js$/.test(f)));
    assert.ok(figures.files.js.some((f) => /^assets\/ui-[\w-]+\.js$/.test(f)));
    assert.ok(figures.files.css.length > 0);
    for (const file of [...figures.files.js, ...figures.files.css]) {
      assert.ok(figures.files.precached.includes(file), `${file} is precached too`);
    }
  });

  for (const id of ['jsFirstLoad', 'cssFirstLoad', 'precached'] as const) {
    const { label, max } = budgets[id];
    it(`${label}: within ${max} kB`, () => {
      const kb = figures[id] / KB;
      const files =
        id === 'jsFirstLoad'
          ? figures.files.js
          : id === 'cssFirstLoad'
            ? figures.files.css
            : figures.files.precached;
      assert.ok(
        kb <= max,
        `${label} is ${kb.toFixed(1)} kB, over the ${max} kB budget in bench/budgets.json.\nFiles: ${files.join(', ')}`,
      );
    });
  }
});
