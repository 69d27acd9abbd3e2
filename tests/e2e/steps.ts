/** Steps a person takes through the app, shared by browser tests. */
import type { Page } from 'playwright-core';

export async function heading(page: Page): Promise<string> {
  return (await page.locator('h1').first().innerText()).trim();
}

export async function startPathway(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Start', exact: true }).click();
  await page.locator('main[data-node="immediate-danger"]').waitFor();
}

/** Answers questions by their content answer ids, waiting for each new step. */
export async function answer(page: Page, ...answerIds: string[]): Promise<void> {
  for (const id of answerIds) {
    const before = await page.locator('main').getAttribute('data-node');
    await page.locator(`main button[data-answer="${id}"]`).click();
    await page.waitForFunction(
      (node) => document.querySelector('main')?.getAttribute('data-node') !== node,
      before,
    );
  }
}

export const STAFF_DISCLOSURE = ['no', 'staff', 'told'];
