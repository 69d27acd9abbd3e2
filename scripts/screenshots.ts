/**
 * Screenshots of the start, a question, an outcome and the secondary pages at
 * 320, 768 and 1280 px wide, light and dark, from the production build in dist/ (run
 * `npm run build` first). Written to screenshots/, which git ignores.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer } from './static-server';
import { launchBrowser } from '../tests/e2e/browser';
import { answer, openPage, startPathway, STAFF_DISCLOSURE } from '../tests/e2e/steps';

const OUT = 'screenshots';
const WIDTHS = [320, 768, 1280];
const SCHEMES = ['light', 'dark'] as const;

mkdirSync(OUT, { recursive: true });
const server = await startServer('dist');
const browser = await launchBrowser();
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: 800 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      const shot = async (name: string) => {
        await page.locator('h1').waitFor();
        const file = join(OUT, `${name}-${width}-${scheme}.png`);
        await page.screenshot({ path: file, fullPage: true });
        console.log(file);
      };
      await page.goto(server.url);
      await shot('start');
      await startPathway(page);
      await shot('question');
      await answer(page, ...STAFF_DISCLOSURE);
      await shot('outcome');
      for (const name of ['settings', 'find', 'about', 'privacy', 'glossary']) {
        await openPage(page, name);
        // Show what a search finds (typed here, never stored or sent by the app).
        if (name === 'find') {
          await page.locator('#find-query').fill('sextortion');
          await page.locator('main li[data-result]').first().waitFor();
        }
        await shot(name);
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
