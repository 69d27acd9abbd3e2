/**
 * Byte figures for the production build: what the first visit downloads and
 * what the service worker precaches, gzipped as docs/hosting/nginx.conf sends
 * them. Which files the first visit requests is found in Chromium; their sizes
 * are read from dist/, so the figures are the same on every run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

/** nginx's gzip_comp_level in docs/hosting/nginx.conf. */
export const GZIP_LEVEL = 6;
export const SERVICE_WORKER = 'sw.js';

export function gzipSize(file: string): number {
  return gzipSync(readFileSync(file), { level: GZIP_LEVEL }).length;
}

export function totalGzip(dist: string, files: readonly string[]): number {
  return files.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0);
}

/** The URLs in the service worker's precache manifest, each once. */
export function precachedFiles(dist: string): string[] {
  const sw = readFileSync(join(dist, SERVICE_WORKER), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1]!);
  if (urls.length === 0) throw new Error(`${SERVICE_WORKER} has no precache manifest`);
  return [...new Set(urls)].sort();
}

export interface FirstLoad {
  /** Files under dist/ that the page requested, by kind. */
  js: string[];
  css: string[];
  /** Fetched for registration after the page has loaded; reported apart from the page's JS. */
  serviceWorker: boolean;
}

/**
 * Opens the app once in a fresh context and lists the scripts and styles the
 * page requests until the start page is showing, the network is idle and the
 * service worker is registered (so lazy chunks needed at boot are counted).
 */
export async function firstLoad(browser: Browser, url: string): Promise<FirstLoad> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const paths = new Set<string>();
    let serviceWorker = false;
    page.on('request', (request) => {
      const { origin, pathname } = new URL(request.url());
      if (origin !== new URL(url).origin) return;
      if (pathname === `/${SERVICE_WORKER}`) serviceWorker = true;
      else paths.add(pathname.slice(1));
    });
    await page.goto(url, { waitUntil: 'load' });
    await page.locator('main[data-node] h1').waitFor();
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForLoadState('networkidle');
    const all = [...paths].sort();
    return {
      js: all.filter((p) => /\.m?js$/.test(p)),
      css: all.filter((p) => p.endsWith('.css')),
      serviceWorker,
    };
  } finally {
    await context.close();
  }
}

export interface ByteFigures {
  jsFirstLoad: number;
  cssFirstLoad: number;
  precached: number;
  serviceWorker: number;
  files: { js: string[]; css: string[]; precached: string[] };
}

export async function measureBytes(
  browser: Browser,
  url: string,
  dist: string,
): Promise<ByteFigures> {
  const loaded = await firstLoad(browser, url);
  const precached = precachedFiles(dist);
  const serviceWorker = gzipSize(join(dist, SERVICE_WORKER));
  return {
    jsFirstLoad: totalGzip(dist, loaded.js),
    cssFirstLoad: totalGzip(dist, loaded.css),
    precached: totalGzip(dist, precached) + serviceWorker,
    serviceWorker,
    files: { js: loaded.js, css: loaded.css, precached },
  };
}
