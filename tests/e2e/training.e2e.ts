/**
 * Training mode in the production build: presenter view, two different
 * scenarios played start to end with the keyboard only, the reveal, the
 * summary, the timer and "Reset for the next group"; nothing about a play is
 * stored or put in the URL; axe finds nothing on the play screen or in
 * presenter view (light).
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { loadContent } from '../../src/content/load';
import { compileContent } from '../../src/content/compile';
import { lookupText } from '../../src/content/check';
import type { OutcomeNode, QuestionNode, Scenario } from '../../src/content/schema';
import { createPathwayMachine } from '../../src/pathway/machine';
import { nodeAfter } from '../../src/training/walk';
import { axe, describeViolations, launchBrowser, watch } from './browser';
import { openPage } from './steps';

const bundle = loadContent('content');
const content = compileContent(bundle);
const machine = createPathwayMachine(content);
const english = bundle.locales.en!;

function text(key: string): string {
  const found = lookupText(english, key);
  if (found === undefined) throw new Error(`no English text for ${key}`);
  return found;
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

/** Presses Tab until the focused element matches the selector, as a keyboard user would. */
async function tabTo(page: Page, selector: string): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

const play = (page: Page) => page.locator('.training__play');
const phaseOf = async (page: Page) =>
  `${await play(page).getAttribute('data-phase')}:${await play(page).getAttribute('data-step')}`;

async function waitForPhase(page: Page, phase: string, step: number): Promise<void> {
  await page
    .locator(`.training__play[data-phase="${phase}"][data-step="${step}"]`)
    .waitFor({ timeout: 5000 });
}

async function assertAxe(page: Page, where: string): Promise<void> {
  const violations = await axe(page);
  assert.equal(violations.length, 0, `${where}:\n${describeViolations(violations)}`);
}

/** Everything the page could have kept: both web storages and every IndexedDB record. */
function storedState(page: Page) {
  return page.evaluate(async () => {
    const idb: string[] = [];
    for (const { name } of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name!);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      for (const store of Array.from(db.objectStoreNames)) {
        const values = await new Promise<unknown[]>((resolve) => {
          const get = db.transaction(store).objectStore(store).getAll();
          get.onsuccess = () => resolve(get.result);
        });
        idb.push(`${name}/${store}: ${JSON.stringify(values)}`);
      }
      db.close();
    }
    return {
      idb,
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      url: location.href,
    };
  });
}

/** The answers on screen at a decision: the same node the machine is on. */
function questionAt(scenario: Scenario, step: number): QuestionNode {
  const node = content.nodes[nodeAfter(machine, content, scenario, step)];
  assert.equal(node?.type, 'question');
  return node as QuestionNode;
}

/**
 * Plays a scenario in presenter view from its story to its outcome by keyboard.
 * At even decisions the group picks the pathway's answer by number; at odd ones
 * it picks another answer with the arrow keys.
 */
async function playByKeyboard(
  page: Page,
  scenario: Scenario,
  check: (at: string) => Promise<void>,
) {
  await waitForPhase(page, 'story', 0);
  assert.equal(await page.locator('h1').innerText(), text(scenario.title));
  await page.keyboard.press('ArrowRight');
  const expected: boolean[] = [];
  for (const [index, step] of scenario.steps.entries()) {
    await waitForPhase(page, 'decide', index);
    const question = questionAt(scenario, index);
    const ids = question.answers.map((a) => a.id);
    assert.equal(await page.locator('h1').innerText(), text(question.prompt));
    // The pathway's answer stays hidden until it is revealed.
    assert.equal(await page.locator('[data-pathway]').count(), 0);
    assert.equal(await page.locator('.training__reveal').count(), 0);

    const right = index % 2 === 0 || ids.length < 2;
    if (right) {
      await page.keyboard.press(String(ids.indexOf(step.answer) + 1));
    } else {
      await page.keyboard.press('ArrowDown');
      if (ids[0] === step.answer) await page.keyboard.press('ArrowDown');
    }
    const chosen = right ? step.answer : ids.find((id) => id !== step.answer)!;
    expected.push(right);
    await page.locator(`button[data-answer="${chosen}"][aria-pressed="true"]`).waitFor();
    // A browser shortcut (with a modifier) does not move the play on.
    await page.keyboard.press('Control+ArrowRight');
    assert.equal(await phaseOf(page), `decide:${index}`);

    await page.keyboard.press(index % 2 === 0 ? 'Enter' : ' ');
    await waitForPhase(page, 'revealed', index);
    const answerLabel = text(question.answers.find((a) => a.id === step.answer)!.label);
    assert.equal(
      await page.locator('[data-pathway]').getAttribute('data-answer'),
      step.answer,
      'the reveal marks the pathway’s answer',
    );
    assert.ok((await page.locator('.training__pathway').innerText()).includes(answerLabel));
    assert.equal(await page.locator('.training__why').innerText(), text(step.why));
    assert.equal(await page.locator('.training__reveal').getAttribute('data-match'), String(right));
    await check(`revealed ${index}`);

    if (index === 0) {
      // Back one step hides the answer again for more discussion; next reveals it again.
      await page.keyboard.press('ArrowLeft');
      await waitForPhase(page, 'decide', 0);
      assert.equal(await page.locator('[data-pathway]').count(), 0);
      await page.keyboard.press('ArrowRight');
      await waitForPhase(page, 'revealed', 0);
    }
    await page.keyboard.press('ArrowRight');
  }

  await waitForPhase(page, 'outcome', scenario.steps.length);
  const outcome = content.nodes[scenario.outcome];
  assert.equal(outcome?.type, 'outcome');
  assert.equal(await page.locator('h1').innerText(), text((outcome as OutcomeNode).title));
  const rows = page.locator('.training__decisions > li');
  assert.equal(await rows.count(), scenario.steps.length, 'the summary lists every decision');
  for (const [index, step] of scenario.steps.entries()) {
    const row = rows.nth(index);
    assert.equal(await row.getAttribute('data-match'), String(expected[index]));
    const question = questionAt(scenario, index);
    assert.ok((await row.innerText()).includes(text(question.prompt)));
    const label = text(question.answers.find((a) => a.id === step.answer)!.label);
    assert.ok((await row.innerText()).includes(label));
  }
  await check('outcome');
}

async function resetForNextGroup(page: Page): Promise<void> {
  await tabTo(page, '.training__reset');
  await page.keyboard.press('Enter');
  await page.locator('.training__list').waitFor();
  assert.equal(await play(page).count(), 0);
  assert.equal(
    await page.locator('.training__decisions, [aria-pressed="true"][data-answer]').count(),
    0,
  );
  assert.equal(await page.locator('h1').innerText(), text('training:title'));
}

describe('training mode', () => {
  const [first, second] = bundle.scenarios;

  it('has two different scenarios to play', () => {
    assert.ok(first && second && first.id !== second.id);
  });

  it('plays two scenarios in presenter view by keyboard, then forgets them', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    const watched = watch(context, page);
    try {
      await page.goto(server.url);
      await openPage(page, 'training');
      const before = await storedState(page);

      // The play screen as it first appears, then presenter view.
      await tabTo(page, `[data-scenario="${first!.id}"] button`);
      await page.keyboard.press('Enter');
      await waitForPhase(page, 'story', 0);
      await assertAxe(page, 'play screen');
      await tabTo(page, '.training__toggle');
      await page.keyboard.press('Enter');
      await page.locator('.training--presenter').waitFor();
      await page.locator('.training__toggle[aria-pressed="true"]').waitFor();
      const size = await page.evaluate(() =>
        parseFloat(getComputedStyle(document.querySelector('.training__story p')!).fontSize),
      );
      assert.ok(size >= 24, `presenter view text is large (${size}px)`);

      await playByKeyboard(page, first!, (at) => assertAxe(page, `presenter view, ${at}`));

      // The timer: shown on request, counts while running, and announces only when used.
      await tabTo(page, '.training__play button[aria-expanded]');
      await page.keyboard.press('Enter');
      await tabTo(page, '.training__timer button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(
        () => document.querySelector('[role="timer"]')?.textContent !== '0:00',
        undefined,
        { timeout: 4000 },
      );
      await page.keyboard.press('Enter');
      const live = page.locator('.training__timer [aria-live="polite"]');
      assert.match(await live.innerText(), /^Timer paused at \d+ seconds?\.$/);
      await assertAxe(page, 'presenter view with the timer');

      await resetForNextGroup(page);
      assert.equal(await page.locator('.training--presenter').count(), 1);

      await tabTo(page, `[data-scenario="${second!.id}"] button`);
      await page.keyboard.press('Enter');
      await playByKeyboard(page, second!, async () => undefined);
      await resetForNextGroup(page);

      assert.deepEqual(await storedState(page), before, 'nothing about the plays was stored');
      assert.deepEqual(watched.errors, []);
    } finally {
      await context.close();
    }
  });
});
