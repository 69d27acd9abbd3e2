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
  type Vars,
} from '../../src/pathway/machine';
import { enumeratePaths, type WalkedPath } from '../../src/pathway/paths';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, type Settings } from '../../src/storage/settings';
import { DB_VERSION } from '../../src/storage/db';
import { DATABASE_NAME, SETTINGS_KEY, SETTINGS_STORE } from '../../src/storage/inventory';

export const content = compileContent(loadContent('content'));
export const machine = createPathwayMachine(content);

/**
 * What the app's machine remembers on a device with default settings: the nation
 * (England) and no role yet. The app passes the nation and role from settings to
 * the machine, and keeps what it remembers (the role, once chosen) across Start
 * again; the role is also saved, so it is remembered after a reload too.
 */
export const DEFAULT_REMEMBERED: Vars = { nation: DEFAULT_SETTINGS.nation };

/** Every route from the first question to an outcome, when the app already remembers `remembered`. */
export function pathsFrom(remembered: Vars): WalkedPath[] {
  return enumeratePaths(machine, content, remembered);
}

/** Every route from the first question to an outcome, on a device with default settings. */
export const allPaths: WalkedPath[] = pathsFrom(DEFAULT_REMEMBERED);

/** What the machine remembers at the end of a path (e.g. the role chosen on the way). */
export function rememberedAfter(path: WalkedPath): Vars {
  return path.final.context.remembered;
}

/**
 * The same route walked again once the app remembers what was chosen on it (the
 * role question is then skipped): the path from rememberedAfter(path) through
 * the same nodes to the same end.
 */
export function walkedAgain(path: WalkedPath): { path: WalkedPath; remembered: Vars } {
  const remembered = rememberedAfter(path);
  const again = pathsFrom(remembered).find(
    (p) => p.nodes.at(-1) === path.nodes.at(-1) && p.nodes.every((n) => path.nodes.includes(n)),
  );
  if (!again) throw new Error(`no path to ${path.nodes.at(-1)} once ${JSON.stringify(remembered)}`);
  return { path: again, remembered };
}

/** Every outcome node in the content. */
export const outcomeIds: string[] = Object.values(content.nodes)
  .filter((node) => node.type === 'outcome')
  .map((node) => node.id);

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

/** A new document: the start page, with what settings hold (the nation, and the role once saved). */
export function freshStart(remembered: Vars = DEFAULT_REMEMBERED): Expected {
  return { view: 'start', snapshot: initialTransition(machine, { remembered })[0] };
}

/** The app sends every event to one actor, which it keeps while on the start page. */
export function send(expected: Expected, event: PathwayEvent): Expected {
  return { view: 'pathway', snapshot: transition(machine, expected.snapshot, event)[0] };
}

/** "Start again": back to the start page, still remembering what the machine remembers. */
export function restarted(expected: Expected): Expected {
  return {
    view: 'start',
    snapshot: transition(machine, expected.snapshot, { type: 'RESTART' })[0],
  };
}

/** Whether the page offers "What to do if a child is in danger" (999 pages do not). */
export function offersEmergency(expected: Expected): boolean {
  if (expected.view === 'start') return true;
  return !content.nodes[nodeOf(expected)]?.tags?.includes('immediate-danger');
}

/** The 999 button: from the start page the app starts the pathway first, then EMERGENCY. */
export function emergency(expected: Expected): Expected {
  const onPathway = expected.view === 'start' ? send(expected, { type: 'START' }) : expected;
  return send(onPathway, { type: 'EMERGENCY' });
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

/**
 * Walks one whole route from the start page, checking each screen on the way.
 * `remembered` is what the app remembers when the walk starts, and must be what
 * the path was enumerated with (pathsFrom). Returns where the walk ended.
 */
export async function walkPath(
  page: Page,
  path: WalkedPath,
  remembered: Vars = DEFAULT_REMEMBERED,
): Promise<Expected> {
  await startPathway(page);
  let expected = send(freshStart(remembered), { type: 'START' });
  for (const event of path.events) {
    await forward(page, event);
    expected = send(expected, event);
    await waitForScreen(page, nodeOf(expected), depthOf(expected));
  }
  return expected;
}

/** The settings record as the app stored it in IndexedDB (undefined if none). */
export function storedSettings(page: Page): Promise<unknown> {
  return page.evaluate(
    ([db, store, key]) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open(db);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const names = request.result.objectStoreNames;
          if (!names.contains(store)) {
            request.result.close();
            resolve(undefined);
            return;
          }
          const get = request.result.transaction(store).objectStore(store).get(key);
          get.onsuccess = () => {
            request.result.close();
            resolve(get.result);
          };
        };
      }),
    [DATABASE_NAME, SETTINGS_STORE, SETTINGS_KEY] as const,
  );
}

/**
 * Stores settings as this version of the app would (the app reads them when it
 * next loads), in the database the app has already created at its current version.
 */
export function storeSettings(page: Page, settings: Settings): Promise<void> {
  return page.evaluate(
    ([db, version, store, key, record]) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open(db, version);
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const tx = request.result.transaction(store, 'readwrite');
          tx.objectStore(store).put(record, key);
          tx.oncomplete = () => {
            request.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    [
      DATABASE_NAME,
      DB_VERSION,
      SETTINGS_STORE,
      SETTINGS_KEY,
      { version: SETTINGS_VERSION, ...settings },
    ] as const,
  );
}

/** Waits until the app has saved the role it remembers, as settings (it saves after rendering). */
export async function waitForSavedRole(page: Page, role: string, timeout = 5000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const saved = (await storedSettings(page)) as { role?: unknown } | undefined;
    if (saved?.role === role) return;
    if (Date.now() > deadline) {
      throw new Error(`the role ${role} was not saved; settings hold ${JSON.stringify(saved)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** "Start again", from any step, back to the start page. */
export async function restart(page: Page): Promise<void> {
  await page.getByRole('button', { name: label('nav.restart'), exact: true }).click();
  await waitForScreen(page, 'start', 0);
}
