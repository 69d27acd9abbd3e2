/** Steps a person takes through the app, shared by browser tests. */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

export async function startPathway(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('main[data-node="immediate-danger"]').waitFor();
}

/** Answers questions by their content answer ids, waiting for each new step to show. */
export async function answer(page: Page, ...answerIds: string[]): Promise<void> {
  for (const id of answerIds) {
    const before = await page.locator('main').getAttribute('data-node');
    await page.locator(`main button[data-answer="${id}"]`).click();
    await page.waitForFunction(
      (node) => document.querySelector('main')?.getAttribute('data-node') !== node,
      before,
    );
    // The new step's text and (for an outcome) its details may still be loading.
    await page.locator('main h1').waitFor();
  }
}

export const STAFF_DISCLOSURE = ['no', 'staff', 'told'];

/** The app's own words, read from the English text files, so tests follow the text. */
const readText = (ns: string) =>
  JSON.parse(readFileSync(`content/locales/en/${ns}.json`, 'utf8')) as Record<string, never>;
export const ui = readText('ui') as unknown as UiText;
export const pages = readText('pages') as unknown as PagesText;

interface UiText {
  start: { button: string; quick: Record<string, string>; findLink: string };
  nav: { back: string; restart: string };
  exit: { button: string };
  pages: Record<string, string>;
  outcome: { print: string; change: string; answers: string };
}

interface PagesText {
  settings: {
    title: string;
    theme: string;
    themes: Record<string, string>;
    textSizes: Record<string, string>;
    clear: string;
    clearConfirm: string;
  };
  find: { label: string; startWith: string };
}

/** Opens one of the app's own pages from the footer. */
export async function openPage(page: Page, name: string): Promise<void> {
  await page
    .getByRole('contentinfo')
    .getByRole('link', { name: ui.pages[name]!, exact: true })
    .click();
  await page.locator(`main[data-page="${name}"] h1`).waitFor();
}
