/**
 * What the browser tests know about the app without reading its markup: the
 * compiled content graph and machine (to predict where each step leads), the
 * English labels of its controls taken from the locale file (so tests find a
 * control by role and name, not by CSS class or copied text), and helpers that
 * walk the pathway through the UI by stable hooks (main[data-node],
 * button[data-answer]).
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { initialTransition, transition } from 'xstate';
import { loadContent } from '../../src/content/load';
import { compileContent } from '../../src/content/compile';
import { lookupText } from '../../src/content/check';
import {
  createPathwayMachine,
  currentNodeId,
  type PathwayEvent,
  type PathwaySnapshot,
} from '../../src/pathway/machine';
import { enumeratePaths, type WalkedPath } from '../../src/pathway/paths';

export const content = compileContent(loadContent('content'));
export const machine = createPathwayMachine(content);
/** Every route from the first question to an outcome. */
export const allPaths: WalkedPath[] = enumeratePaths(machine, content);

const uiText = {
  ui: JSON.parse(readFileSync('content/locales/en/ui.json', 'utf8')) as Record<string, unknown>,
};

/** The English text of a ui namespace key, e.g. label('nav.back'). */
export function label(key: string): string {
  const text = lookupText(uiText, `ui:${key}`);
  if (text === undefined) throw new Error(`content/locales/en/ui.json has no "${key}"`);
  return text;
}

/** The start page, or a step on the pathway as the machine sees it. */
export interface Expected {
  view: 'start' | 'pathway';
  snapshot: PathwaySnapshot;
}

export function freshStart(): Expected {
  return { view: 'start', snapshot: initialTransition(machine, {})[0] };
}

export function send(expected: Expected, event: PathwayEvent): Expected {
  return { view: 'pathway', snapshot: transition(machine, expected.snapshot, event)[0] };
}

/** What main[data-node] should say. */
export function nodeOf(expected: Expected): string {
  return expected.view === 'start' ? 'start' : currentNodeId(expected.snapshot);
}

/** The browser history depth the app should be at: 0 on the start page, then one per step. */
export function depthOf(expected: Expected): number {
  return expected.view === 'start' ? 0 : expected.snapshot.context.history.length + 1;
}

/**
 * Waits until the page shows this node with a visible h1, and (unless a new
 * document was just loaded) until browser history has settled at this depth.
 */
export async function waitForScreen(
  page: Page,
  node: string,
  depth?: number,
  timeout = 5000,
): Promise<void> {
  await page.waitForFunction(
    ([wanted, wantedDepth]) => {
      const main = document.querySelector('main[data-node]');
      const h1 = document.querySelector('h1');
      const visible =
        h1 !== null &&
        h1.getBoundingClientRect().height > 0 &&
        getComputedStyle(h1).visibility !== 'hidden';
      const state = history.state as { depth?: number } | null;
      return (
        main?.getAttribute('data-node') === wanted &&
        visible &&
        (wantedDepth === null || state?.depth === wantedDepth)
      );
    },
    [node, depth ?? null] as const,
    { timeout, polling: 'raf' },
  );
}

export async function startPathway(page: Page): Promise<void> {
  await page
    .locator('main[data-node="start"]')
    .getByRole('button', { name: label('start.button'), exact: true })
    .click();
  await waitForScreen(page, content.start);
}

/** Takes one forward step (an answer, or Continue on an info page) through the UI. */
export async function forward(page: Page, event: PathwayEvent): Promise<void> {
  if (event.type === 'ANSWER') {
    await page.locator(`main button[data-answer="${event.answer}"]`).click();
  } else if (event.type === 'CONTINUE') {
    await page
      .locator('main')
      .getByRole('button', { name: label('nav.continue'), exact: true })
      .click();
  } else {
    throw new Error(`${event.type} is not a forward step`);
  }
}

/** Walks one whole route from the start page, checking each screen on the way. */
export async function walkPath(page: Page, path: WalkedPath): Promise<void> {
  await startPathway(page);
  let expected: Expected = { view: 'pathway', snapshot: freshStart().snapshot };
  for (const event of path.events) {
    await forward(page, event);
    expected = send(expected, event);
    await waitForScreen(page, nodeOf(expected), depthOf(expected));
  }
}

/** "Start again", from any step, back to the start page. */
export async function restart(page: Page): Promise<void> {
  await page.getByRole('button', { name: label('nav.restart'), exact: true }).click();
  await waitForScreen(page, 'start', 0);
}
