/**
 * Monkey walk: a seeded random walk of thousands of actions through the
 * production build (answers, Back, Forward, Start again, 999, Exit this page
 * and coming back, going offline and online, reloads). After every action the
 * screen must be the one the pathway machine predicts, with a visible h1 and
 * browser history at the right depth; at the end there must be no console
 * error and no uncaught exception or rejection.
 *
 * The seed is printed. Replay a failure with
 *   MONKEY_SEED=<seed> npm run test:e2e
 * and change the length with MONKEY_ACTIONS=<n>.
 *
 * Language switching is not exercised: there is only one language (en) today.
 * Add it as an action here when a second language and a switcher exist.
 */
import { DEFAULT_SETTINGS } from '../../src/storage/settings';
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { launchBrowser, waitForServiceWorker, watch } from './browser';
import {
  content,
  depthOf,
  emergency,
  freshStart,
  label,
  nodeOf,
  offersEmergency,
  restarted,
  send,
  storeSettings,
  waitForSavedRole,
  waitForScreen,
  type Expected,
} from './app-model';
import { NATIONS } from '../../src/storage/settings';
import type { Vars } from '../../src/pathway/machine';

const SEED = Number(process.env.MONKEY_SEED || Math.floor(Math.random() * 2 ** 31));
const ACTIONS = Number(process.env.MONKEY_ACTIONS || 2000);
const NEUTRAL_SITE = 'https://www.bbc.co.uk/**';
/**
 * Real mouse clicks, without Playwright's wait for the element to stop moving:
 * thousands of those waits would take minutes, and the screen after each click
 * is checked against the model anyway, so a click that missed would be caught.
 */
const FAST = { force: true } as const;

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface World {
  page: Page;
  context: BrowserContext;
  url: string;
  offline: boolean;
  expected: Expected;
  /**
   * What settings on the device hold for the machine (the nation, and the role
   * once the app has saved it): what a new document starts out remembering.
   */
  saved: Vars;
  /** Set by an action that loads a new document, where history depth starts again. */
  newDocument: boolean;
  /**
   * The screens of this tab's journey by history depth, as the app keeps them
   * (in sessionStorage): Back moves down it, Forward up it, a new step cuts it.
   */
  trail: Expected[];
  pick<T>(items: readonly T[]): T;
}

interface Action {
  name: string;
  weight: number;
  can(world: World): boolean;
  /** Resolves to a detail for the log (which answer, online or offline), if any. */
  run(world: World): Promise<unknown>;
}

const onPathway = (w: World) => w.expected.view === 'pathway';

/** A step forward: the journey is cut at the current depth and the new screen added. */
function stepTo(w: World, next: Expected, via?: Expected): void {
  const at = depthOf(next);
  const trail = w.trail.slice(0, at);
  if (via && trail.length < at) trail.push(via);
  w.trail = [...trail, next];
  w.expected = next;
}
const node = (w: World) => content.nodes[nodeOf(w.expected)];

async function leaveAndReturn(world: World, how: 'button' | 'shift'): Promise<string> {
  const { page } = world;
  if (how === 'button') {
    await page.getByRole('button', { name: label('exit.button'), exact: true }).click(FAST);
  } else {
    for (let i = 0; i < 3; i += 1) await page.keyboard.press('Shift');
  }
  // Online the exit page goes on to a neutral site; offline it stays blank.
  await page.waitForURL(world.offline ? /\/exit\.html$/ : /bbc\.co\.uk/);
  await page.goto(world.url);
  world.expected = freshStart(world.saved);
  world.trail = [world.expected];
  world.newDocument = true;
  return how;
}

const ACTIONS_LIST: Action[] = [
  {
    name: 'start',
    weight: 10,
    can: (w) => !onPathway(w),
    async run(w) {
      await w.page
        .locator('main[data-node="start"]')
        .getByRole('button', { name: label('start.button'), exact: true })
        .click(FAST);
      stepTo(w, send(w.expected, { type: 'START' }));
    },
  },
  {
    name: 'answer',
    weight: 40,
    can: (w) => onPathway(w) && node(w)?.type === 'question',
    async run(w) {
      const question = node(w);
      if (question?.type !== 'question') throw new Error('not a question');
      const answer = w.pick(question.answers).id;
      await w.page.locator(`main button[data-answer="${answer}"]`).click(FAST);
      stepTo(w, send(w.expected, { type: 'ANSWER', answer }));
      return answer;
    },
  },
  {
    name: 'continue',
    weight: 40,
    can: (w) => onPathway(w) && node(w)?.type === 'info',
    async run(w) {
      await w.page
        .locator('main')
        .getByRole('button', { name: label('nav.continue'), exact: true })
        .click(FAST);
      stepTo(w, send(w.expected, { type: 'CONTINUE' }));
    },
  },
  {
    name: 'what to do in danger',
    weight: 4,
    // Pages tagged immediate-danger (the 999 pages) do not offer the button.
    can: (w) => offersEmergency(w.expected),
    async run(w) {
      await w.page
        .getByRole('button', { name: label('emergency.whatToDo'), exact: true })
        .click(FAST);
      // From the start page the app starts first, then goes to the 999 page: two entries.
      const via = w.expected.view === 'start' ? send(w.expected, { type: 'START' }) : undefined;
      stepTo(w, emergency(w.expected), via);
      // The emergency route resolves, by the nation, to a 999 page.
      const reached = nodeOf(w.expected);
      assert.ok(
        content.nodes[reached]?.tags?.includes('immediate-danger'),
        `the 999 button led to ${reached}, which is not a 999 page`,
      );
      return reached;
    },
  },
  {
    name: 'back link',
    weight: 10,
    can: onPathway,
    async run(w) {
      // Not exact: the link's accessible name includes its CSS arrow.
      await w.page.getByRole('link', { name: label('nav.back') }).click(FAST);
      w.expected = back(w.expected);
    },
  },
  {
    name: 'browser back',
    weight: 8,
    can: onPathway,
    async run(w) {
      await w.page.goBack({ waitUntil: 'commit' });
      w.expected = back(w.expected);
    },
  },
  {
    name: 'browser forward',
    weight: 3,
    can: () => true,
    async run(w) {
      // Forward redoes a step gone back over; past the end of the journey it stays put.
      // Forward into another document (the exit page's successor) loads the app afresh.
      if (await w.page.goForward({ waitUntil: 'commit' })) {
        w.expected = freshStart(w.saved);
        w.trail = [w.expected];
        w.newDocument = true;
        return 'new document';
      }
      const ahead = w.trail[depthOf(w.expected) + 1];
      if (ahead) w.expected = ahead;
    },
  },
  {
    name: 'start again',
    weight: 5,
    can: onPathway,
    async run(w) {
      await w.page.getByRole('button', { name: label('nav.restart'), exact: true }).click(FAST);
      // The machine keeps what it remembers (the role) across Start again.
      w.expected = restarted(w.expected);
      // Start again ends the journey: its steps cannot be gone forward into.
      w.trail = [w.expected];
    },
  },
  {
    name: 'exit this page',
    weight: 1,
    can: () => true,
    run: (w) => leaveAndReturn(w, w.pick(['button', 'shift'] as const)),
  },
  {
    name: 'toggle offline',
    weight: 5,
    can: () => true,
    async run(w) {
      w.offline = !w.offline;
      await w.context.setOffline(w.offline);
      return w.offline ? 'offline' : 'online';
    },
  },
  {
    name: 'reload',
    weight: 2,
    can: () => true,
    async run(w) {
      await w.page.reload();
      // A reload keeps your place: the tab's journey is replayed from sessionStorage.
      w.newDocument = true;
    },
  },
];

const afterNextFrame = () =>
  new Promise<void>((resolve) =>
    requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))),
  );

function back(expected: Expected): Expected {
  if (expected.snapshot.context.history.length === 0) return { ...expected, view: 'start' };
  return send(expected, { type: 'BACK' });
}

describe('monkey walk', () => {
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

  it(`survives ${ACTIONS} random actions (seed ${SEED})`, async () => {
    console.log(`monkey walk: seed ${SEED}; replay with MONKEY_SEED=${SEED} npm run test:e2e`);
    const rand = random(SEED);
    const context = await browser.newContext();
    await context.route(NEUTRAL_SITE, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Weather</title><h1>Weather</h1>' }),
    );
    await context.addInitScript(() => {
      window.addEventListener('unhandledrejection', (event) =>
        console.error(`unhandled rejection: ${String(event.reason)}`),
      );
    });
    const page = await context.newPage();
    const watched = watch(context, page);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    // The nation comes from settings; the seed picks one, so each nation's 999 page is walked.
    const nation = NATIONS[Math.floor(rand() * NATIONS.length)]!;
    console.log(`monkey walk: nation ${nation}`);
    await storeSettings(page, { ...DEFAULT_SETTINGS, nation });
    await page.reload();
    await waitForScreen(page, 'start', 0);

    const world: World = {
      page,
      context,
      url: server.url,
      offline: false,
      saved: { nation },
      expected: freshStart({ nation }),
      trail: [freshStart({ nation })],
      newDocument: true,
      pick: (items) => items[Math.floor(rand() * items.length)]!,
    };
    const log: string[] = [];
    const counts = new Map<string, number>();
    const timings = new Map<string, number>();
    try {
      for (let i = 0; i < ACTIONS; i += 1) {
        const available = ACTIONS_LIST.filter((a) => a.can(world));
        let roll = rand() * available.reduce((sum, a) => sum + a.weight, 0);
        const action = available.find((a) => (roll -= a.weight) < 0) ?? available.at(-1)!;
        world.newDocument = false;
        const began = performance.now();
        const detail = await action.run(world);
        log.push(
          `${i}: ${action.name}${typeof detail === 'string' ? ` (${detail})` : ''} -> ${nodeOf(world.expected)}`,
        );
        counts.set(action.name, (counts.get(action.name) ?? 0) + 1);
        await waitForScreen(page, nodeOf(world.expected), depthOf(world.expected));
        // A role once chosen is saved as a setting, and a new document starts with it.
        const role = world.expected.snapshot.context.remembered.role;
        if (role !== undefined && role !== world.saved.role) {
          await waitForSavedRole(page, role);
          world.saved = { ...world.saved, role };
        }
        // A person cannot act within a frame of a page appearing; let effects
        // (such as the Shift shortcut's listener) attach first.
        if (world.newDocument) await page.evaluate(afterNextFrame);
        timings.set(action.name, (timings.get(action.name) ?? 0) + performance.now() - began);
        assert.deepEqual(watched.errors, [], `console errors after action ${i}`);
      }
    } catch (error) {
      const actual = await page
        .evaluate(() => ({
          url: location.href,
          node: document.querySelector('main')?.getAttribute('data-node'),
          depth: (history.state as { depth?: number } | null)?.depth,
        }))
        .catch(() => undefined);
      throw new Error(
        `monkey walk failed (seed ${SEED}, replay with MONKEY_SEED=${SEED})\n` +
          `expected ${nodeOf(world.expected)} at depth ${depthOf(world.expected)}, ` +
          `found ${JSON.stringify(actual)}\nlast actions:\n  ${log.slice(-15).join('\n  ')}\n` +
          `console errors: ${JSON.stringify(watched.errors)}\n${String(error)}`,
      );
    } finally {
      await context.close();
    }
    const summary = [...counts].map(
      ([name, n]) => `${name} ${n} (${((timings.get(name) ?? 0) / n).toFixed(0)} ms each)`,
    );
    console.log(`monkey walk: ${summary.join(', ')}`);
    assert.deepEqual(watched.errors, []);
  });
});
