/**
 * Shared set-up for browser tests: Debian's Chromium via playwright-core,
 * with the flags this network needs, and helpers to watch requests and errors.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
} from 'playwright-core';
import jsQR from 'jsqr';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

/** A persistent (non-incognito) context, which installability checks need. */
export function launchPersistent(): Promise<BrowserContext> {
  const profile = mkdtempSync(join(tmpdir(), 'csa-profile-'));
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
  });
}

export interface Watched {
  requests: { url: string; method: string }[];
  errors: string[];
}

/** Records every request the page and its service worker make, and every error. */
export function watch(context: BrowserContext, page: Page): Watched {
  const watched: Watched = { requests: [], errors: [] };
  context.on('request', (request) =>
    watched.requests.push({ url: request.url(), method: request.method() }),
  );
  page.on('console', (message) => {
    if (message.type() === 'error') watched.errors.push(message.text());
  });
  page.on('pageerror', (error) => watched.errors.push(String(error)));
  return watched;
}

export function crossOrigin(watched: Watched, origin: string): string[] {
  return watched.requests
    .map((r) => r.url)
    .filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}

/** Waits until a service worker controls the page, so it works offline. */
export async function waitForServiceWorker(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), {
          once: true,
        }),
      );
    }
  });
}

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.x A/AA and best practice) on the page as it is now. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // evaluate() is not subject to the page's CSP, unlike an injected script tag.
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as {
        axe: {
          run: (context: Document, options: object) => Promise<{ violations: AxeViolation[] }>;
        };
      }
    ).axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
      },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })),
    }));
  });
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    )
    .join('\n');
}

/** Draws a QR code's SVG as the browser renders it and reads it back with a decoder. */
export async function decodeQr(svg: Locator, size = 800): Promise<string | undefined> {
  const pixels = await svg.evaluate(async (element, side) => {
    const image = new Image(side, side);
    image.src = `data:image/svg+xml;base64,${btoa(new XMLSerializer().serializeToString(element))}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0, side, side);
    return [...context.getImageData(0, 0, side, side).data];
  }, size);
  return jsQR(Uint8ClampedArray.from(pixels), size, size)?.data;
}
