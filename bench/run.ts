/**
 * npm run bench: builds the app, serves dist/ on 127.0.0.1 and measures it in
 * Debian's Chromium as a mid-range phone on a slow connection (CPU throttled
 * 4x, 150 ms round trip, 1.6 Mbps down), taking the median of several runs in
 * fresh browser contexts, then prints each figure against bench/budgets.json.
 * Options: BENCH_RUNS=<n> (default 5), BENCH_SKIP_BUILD=1, BENCH_CPU_SLOWDOWN=<n> (default 4;
 * the budgets are for 4).
 */
import { execFileSync } from 'node:child_process';
import {
  devices,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { startServer } from '../scripts/static-server';
import { launchBrowser, waitForServiceWorker } from '../tests/e2e/browser';
import {
  allPaths,
  pathsFrom,
  rememberedAfter,
  restart,
  waitForScreen,
  walkPath,
} from '../tests/e2e/app-model';
import { KB, MB, loadBudgets, type BudgetId } from './budgets';
import { measureBytes } from './bytes';

const DIST = 'dist';
const RUNS = Number(process.env.BENCH_RUNS || 5);
const PAGES_FOR_HEAP = 50;
const PHONE = devices['Moto G4']!;
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN || 4);
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1000 * 1000) / 8,
  uploadThroughput: (750 * 1000) / 8,
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/**
 * In every document: when the first screen's h1 appears, note the time of the
 * next frame; after each tap, note how long until the next frame after main
 * shows a different node.
 */
// No named functions inside: tsx would wrap them in a helper the page does not have.
function instrument(): void {
  const marks = { firstScreen: 0, taps: [] as number[] };
  (window as unknown as { bench: typeof marks }).bench = marks;
  const watchFirst = new MutationObserver(() => {
    if (!document.querySelector('main[data-node] h1')) return;
    watchFirst.disconnect();
    requestAnimationFrame(() => (marks.firstScreen = performance.now()));
  });
  watchFirst.observe(document, { childList: true, subtree: true });
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target as Element | null;
      if (!target?.closest('button[data-answer]')) return;
      const before = document.querySelector('main')?.getAttribute('data-node');
      const tapped = event.timeStamp;
      const watchNext = new MutationObserver(() => {
        if (document.querySelector('main')?.getAttribute('data-node') === before) return;
        watchNext.disconnect();
        requestAnimationFrame(() => marks.taps.push(performance.now() - tapped));
      });
      watchNext.observe(document.body, { attributes: true, childList: true, subtree: true });
    },
    true,
  );
}

async function phoneContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({ ...PHONE });
  await context.addInitScript(instrument);
  return context;
}

async function throttle(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  return cdp;
}

const readMarks = (page: Page) =>
  page.evaluate(
    () => (window as unknown as { bench: { firstScreen: number; taps: number[] } }).bench,
  );

async function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(entries.at(-1)!.startTime);
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

interface Run {
  lcpCold: number;
  warmOffline: number;
  tapP95: number;
  taps: number;
  heapAfterWalk: number;
}

async function oneRun(browser: Browser, url: string): Promise<Run> {
  const context = await phoneContext(browser);
  try {
    // Cold: a fresh context, nothing cached, no service worker yet.
    const page = await context.newPage();
    const cdp = await throttle(page);
    await page.goto(url);
    await waitForScreen(page, 'start', 0, 30_000);
    const lcpCold = await largestContentfulPaint(page);
    await waitForServiceWorker(page);

    // Taps: every route to every outcome, 4x throttled. The first walk answers the
    // role question; the app remembers the role, so later walks start from it.
    const first = allPaths.find((path) => rememberedAfter(path).role !== undefined)!;
    await walkPath(page, first);
    await restart(page);
    const remembered = rememberedAfter(first);
    const routes = pathsFrom(remembered);
    for (const path of routes) {
      await walkPath(page, path, remembered);
      await restart(page);
    }
    const { taps } = await readMarks(page);

    // Heap: keep walking until 50 pages have been shown, then collect garbage.
    let pages = 0;
    while (pages < PAGES_FOR_HEAP) {
      for (const path of routes) {
        await walkPath(page, path, remembered);
        await restart(page);
        pages += path.events.length + 2;
        if (pages >= PAGES_FOR_HEAP) break;
      }
    }
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await page.close();

    // Warm start offline: the installed app opened again with no network.
    await context.setOffline(true);
    const warm = await context.newPage();
    await (
      await context.newCDPSession(warm)
    ).send('Emulation.setCPUThrottlingRate', {
      rate: CPU_SLOWDOWN,
    });
    await warm.goto(url);
    await waitForScreen(warm, 'start', 0, 30_000);
    await warm.waitForFunction(() =>
      Boolean((window as unknown as { bench: { firstScreen: number } }).bench.firstScreen),
    );
    const warmOffline = (await readMarks(warm)).firstScreen;

    return {
      lcpCold,
      warmOffline,
      tapP95: percentile(taps, 95),
      taps: taps.length,
      heapAfterWalk: usedSize,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const budgets = loadBudgets();
  if (!process.env.BENCH_SKIP_BUILD) {
    console.log('Building…');
    execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { stdio: 'inherit' });
  }
  const server = await startServer(DIST);
  const browser = await launchBrowser();
  try {
    const bytes = await measureBytes(browser, server.url, DIST);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const run = await oneRun(browser, server.url);
      console.log(
        `run ${i + 1}/${RUNS}: LCP ${run.lcpCold.toFixed(0)} ms, warm offline ${run.warmOffline.toFixed(0)} ms, ` +
          `tap p95 ${run.tapP95.toFixed(1)} ms over ${run.taps} taps, heap ${(run.heapAfterWalk / MB).toFixed(2)} MB`,
      );
      runs.push(run);
    }
    const figures: Record<BudgetId, number> = {
      jsFirstLoad: bytes.jsFirstLoad / KB,
      cssFirstLoad: bytes.cssFirstLoad / KB,
      precached: bytes.precached / KB,
      lcpCold: median(runs.map((r) => r.lcpCold)),
      warmOffline: median(runs.map((r) => r.warmOffline)),
      tapP95: median(runs.map((r) => r.tapP95)),
      heapAfterWalk: median(runs.map((r) => r.heapAfterWalk)) / MB,
    };
    printTable(budgets, figures);
    console.log(
      `\nService worker script (fetched after load; in the precache figure): ${(bytes.serviceWorker / KB).toFixed(1)} kB gzip.`,
    );
    console.log(
      `Phone: ${PHONE.viewport.width}x${PHONE.viewport.height} touch screen; CPU ${CPU_SLOWDOWN}x slower; ` +
        `${NETWORK.latency} ms RTT, 1.6 Mbps down; median of ${RUNS} runs, each in a fresh context.`,
    );
    const over = (Object.keys(figures) as BudgetId[]).filter((id) => figures[id] > budgets[id].max);
    if (over.length > 0) {
      console.log(`\nOver budget: ${over.map((id) => budgets[id].label).join('; ')}`);
      process.exitCode = 1;
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

function printTable(budgets: ReturnType<typeof loadBudgets>, figures: Record<BudgetId, number>) {
  const rows = (Object.keys(figures) as BudgetId[]).map((id) => {
    const { label, max, unit } = budgets[id];
    const value = figures[id];
    const digits = unit === 'ms' && value >= 100 ? 0 : 1;
    return [
      label,
      `${value.toFixed(digits)} ${unit}`,
      `≤ ${max} ${unit}`,
      value <= max ? 'ok' : 'OVER',
    ];
  });
  const header = ['figure', 'measured', 'budget', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(`\n${line(header)}\n${line(widths.map((w) => '-'.repeat(w)))}`);
  for (const row of rows) console.log(line(row));
}

await main();
