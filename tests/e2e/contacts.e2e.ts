/**
 * Your organisation's contacts in a real browser, against the production build:
 * a signed pack imported by link while offline, the outcome choosing the front
 * door or the emergency duty team by the (mocked) London clock, a tampered pack
 * refused with the earlier contacts kept, the form's errors, and Clear all data.
 *
 * The pack is signed with a key made here. The build trusts only the keys in
 * content/trusted-publishers.json (none yet), so the browser shows it as
 * unsigned: a signature that does not match is still refused, which is what a
 * tampered link tests. The "Verified" wording is unit-tested with a trusted key
 * (tests/unit/contacts-ui.test.tsx), rather than building a test-only key into the app.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { createPack, packToJson, type ContactsPack } from '../../src/contacts/pack';
import { generateKeyPair, signPack } from '../../src/contacts/signing';
import { encodePackFragment } from '../../src/contacts/fragment';
import { DSL, DUTY_TEAM, FRONT_DOOR } from '../unit/contacts-fixtures';
import {
  axe,
  decodeQr,
  crossOrigin,
  describeViolations,
  launchBrowser,
  waitForServiceWorker,
  watch,
} from './browser';
import { answer, openPage, pages, startPathway, STAFF_DISCLOSURE } from './steps';

const text = JSON.parse(readFileSync('content/locales/en/contacts.json', 'utf8')) as {
  reason: Record<string, string>;
  import: { confirm: string; cancel: string; cancelled: string; unsigned: string };
  list: { add: string };
  form: { save: string; phone: string };
  errors: Record<string, string>;
  export: Record<string, string>;
};

// Wednesday 25 November 2026: London is on GMT, so UTC and London clocks agree.
const ELEVEN_AM = new Date('2026-11-25T11:00:00Z');
const NINE_PM = new Date('2026-11-25T21:00:00Z');
const OUTCOME = 'outcome-disclosure-staff';

let server: StaticServer;
let browser: Browser;
let signed: ContactsPack;

before(async () => {
  server = await startServer('dist');
  browser = await launchBrowser();
  const made = createPack('Anytown Council', '2026-11-20', [FRONT_DOOR, DUTY_TEAM, DSL]);
  if (!made.ok) throw new Error(made.message);
  signed = await signPack(made.pack, (await generateKeyPair()).privateKey);
});

after(async () => {
  await browser?.close();
  await server?.close();
});

const linkTo = async (pack: ContactsPack) =>
  `${server.url}/#${await encodePackFragment(packToJson(pack))}`;

/** Opens a link as a fresh page load (a new tab would), not a same-page hash change. */
async function openLink(page: Page, url: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator('main[data-page="contacts"] h1').waitFor();
}

async function reachOutcome(page: Page): Promise<void> {
  await page.locator('.header__name').click();
  await page.locator('main[data-node="start"]').waitFor();
  await startPathway(page);
  await answer(page, ...STAFF_DISCLOSURE);
  await page.locator(`main[data-node="${OUTCOME}"] [data-social-care]`).waitFor();
}

const socialCare = (page: Page) => page.locator('[data-social-care]');
const chosen = (page: Page) => socialCare(page).locator('[data-chosen]');
const storedPhones = (page: Page) =>
  page.locator('[data-contacts] a[href^="tel:"]').allInnerTexts();

describe('local contacts', () => {
  let context: BrowserContext;
  let page: Page;
  let watched: ReturnType<typeof watch>;

  before(async () => {
    context = await browser.newContext();
    page = await context.newPage();
    watched = watch(context, page);
    await page.clock.setFixedTime(ELEVEN_AM);
    await page.goto(server.url);
    await waitForServiceWorker(page);
    await context.setOffline(true);
  });
  after(() => context?.close());

  it('imports a signed pack by link while offline, after a preview', async () => {
    await openLink(page, await linkTo(signed));
    assert.doesNotMatch(page.url(), /pack=/, 'the pack is taken out of the address');
    const preview = page.locator('[data-pack-preview]');
    await preview.waitFor();
    // Signed, but not with a key this build trusts: shown as unsigned.
    assert.equal(
      await preview.locator('[data-verification]').getAttribute('data-verification'),
      'unsigned',
    );
    assert.match(await preview.innerText(), new RegExp(text.import.unsigned));
    assert.match(await preview.innerText(), /Anytown Council/);
    await preview.getByRole('button', { name: text.import.confirm, exact: true }).click();
    await page.locator('[data-contacts] > li').nth(2).waitFor();
    assert.deepEqual(await page.locator('[data-contacts] > li').count(), 3);
    assert.match(await page.locator('[data-status]').innerText(), /Imported 3 contacts/);
    const violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('shows the front door first during office hours, with why, and 999', async () => {
    await reachOutcome(page);
    assert.equal(await socialCare(page).getAttribute('data-reason'), 'office-hours');
    assert.match(await socialCare(page).innerText(), new RegExp(text.reason['office-hours']!));
    assert.match(await chosen(page).innerText(), /front door/);
    assert.equal(
      await chosen(page).locator('a[href^="tel:"]').getAttribute('href'),
      'tel:02079460001',
    );
    assert.equal(await socialCare(page).locator('a[href="tel:999"]').count(), 1);
    // Local contacts come before the national services.
    const localFirst = await page.evaluate(() => {
      const local = document.querySelector('[data-local-contacts]')!;
      const national = document.querySelector('[data-service]')!;
      return Boolean(local.compareDocumentPosition(national) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    assert.ok(localFirst, 'local contacts are listed before national services');
    assert.match(await page.locator('[data-local-role="dsl"]').innerText(), /07700 900123/);
    const violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('shows the emergency duty team at 21:00', async () => {
    await page.clock.setFixedTime(NINE_PM);
    await page.reload();
    await socialCare(page).waitFor();
    assert.equal(await socialCare(page).getAttribute('data-reason'), 'out-of-hours');
    assert.match(await socialCare(page).innerText(), new RegExp(text.reason['out-of-hours']!));
    assert.match(await chosen(page).innerText(), /Emergency duty team/);
    assert.equal(
      await chosen(page).locator('a[href^="tel:"]').getAttribute('href'),
      'tel:02079460002',
    );
    assert.equal(await socialCare(page).locator('a[href="tel:999"]').count(), 1);
  });

  it('refuses a tampered pack and keeps the contacts already there', async () => {
    const tampered: ContactsPack = {
      ...signed,
      contacts: signed.contacts.map((c) =>
        c.role === 'front-door' ? { ...c, phone: '020 7946 0999' } : c,
      ),
    };
    await openLink(page, await linkTo(tampered));
    const refused = page.locator('[data-pack-refused]');
    await refused.waitFor();
    assert.equal(await refused.getAttribute('data-pack-refused'), 'bad-signature');
    assert.equal(await page.locator('[data-pack-preview]').count(), 0);
    await page.locator('[data-contacts] > li').nth(2).waitFor();
    const phones = await storedPhones(page);
    assert.ok(
      phones.includes('020 7946 0001'),
      `the front door is unchanged: ${phones.join(', ')}`,
    );
    assert.ok(!phones.includes('020 7946 0999'));
    const violations = await axe(page);
    assert.equal(violations.length, 0, describeViolations(violations));
  });

  it('imports from a file only what is a valid pack', async () => {
    await page.setInputFiles('#pack-file', {
      name: 'notes.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "not": "a pack" '),
    });
    await page.locator('[data-pack-refused="not-json"]').waitFor();
    assert.equal(await page.locator('[data-contacts] > li').count(), 3);
    await page.setInputFiles('#pack-file', {
      name: 'pack.json',
      mimeType: 'application/json',
      buffer: Buffer.from(packToJson(signed)),
    });
    await page.locator('[data-pack-preview]').waitFor();
    assert.equal(await page.locator('[data-pack-refused]').count(), 0);
    await page.getByRole('button', { name: text.import.cancel, exact: true }).click();
    await page.locator('[data-status]', { hasText: text.import.cancelled }).waitFor();
  });

  it('reads a pack link pasted into a tab that already shows the app', async () => {
    const fragment = new URL(await linkTo(signed)).hash;
    await page.evaluate((hash) => {
      location.hash = hash;
    }, fragment);
    const preview = page.locator('[data-pack-preview]');
    await preview.waitFor();
    assert.doesNotMatch(page.url(), /pack=/);
    await preview.getByRole('button', { name: text.import.cancel, exact: true }).click();
    await page.locator('[data-status]', { hasText: text.import.cancelled }).waitFor();
    assert.equal(await page.locator('[data-contacts] > li').count(), 3);
  });

  it('shares the contacts as a link, and as a QR code of that link, made offline', async () => {
    await page.getByLabel(text.export.publisher!, { exact: true }).fill('Anytown Council');
    await page.getByRole('button', { name: text.export.link, exact: true }).click();
    const link = await page.locator('#pack-link').inputValue();
    assert.match(link, /#pack=/);
    const qr = page.getByRole('img', { name: text.export.qr, exact: true });
    await qr.waitFor();
    assert.equal(await decodeQr(qr), link);
    // The link carries the same three contacts: opening it offers them for import.
    await openLink(page, link);
    const preview = page.locator('[data-pack-preview]');
    await preview.waitFor();
    assert.match(await preview.innerText(), /Anytown Council/);
    await preview.getByRole('button', { name: text.import.cancel, exact: true }).click();
    await page.locator('[data-status]', { hasText: text.import.cancelled }).waitFor();
    assert.equal(await page.locator('[data-contacts] > li').count(), 3);
  });

  it('shows the form’s errors in a summary and by each field, accessibly', async () => {
    await page.getByRole('button', { name: text.list.add, exact: true }).click();
    await page.getByRole('button', { name: text.form.save, exact: true }).click();
    const summary = page.locator('.error-summary[aria-labelledby="error-summary-title"]');
    await summary.waitFor();
    assert.ok(
      await summary.evaluate((el) => el === document.activeElement),
      'the summary takes focus',
    );
    const summaryText = await summary.innerText();
    assert.match(summaryText, new RegExp(text.errors.role!));
    assert.match(summaryText, new RegExp(text.errors.labelMissing!));
    assert.match(summaryText, new RegExp(text.errors.phoneMissing!));
    await page.getByLabel(text.form.phone, { exact: true }).fill('12345');
    await page.getByRole('button', { name: text.form.save, exact: true }).click();
    await page.locator('#phone-error').waitFor();
    assert.match(
      await page.locator('#phone-error').innerText(),
      new RegExp(text.errors.phoneInvalid!),
    );
    assert.equal(await page.locator('#phone').getAttribute('aria-invalid'), 'true');
    // Typing after an error stays in the field (the summary takes focus only on submit).
    await page.locator('#label').pressSequentially('Deputy DSL');
    assert.equal(await page.locator('#label').inputValue(), 'Deputy DSL');
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await axe(page);
      assert.equal(violations.length, 0, `${colorScheme}:\n${describeViolations(violations)}`);
    }
    await page.emulateMedia({ colorScheme: 'light' });
    assert.deepEqual(crossOrigin(watched, server.url), [], 'no request leaves the origin');
  });

  it('Clear all data removes them', async () => {
    // Clearing removes the offline copy too, so the app reloads from the network.
    await context.setOffline(false);
    await openPage(page, 'settings');
    await page.getByRole('button', { name: pages.settings.clear, exact: true }).click();
    await page.getByRole('button', { name: pages.settings.clearConfirm, exact: true }).click();
    await page.locator('main[data-node="start"]').waitFor();
    await openPage(page, 'contacts');
    await page.locator('[data-no-contacts]').waitFor();
    assert.equal(await page.locator('[data-contacts] > li').count(), 0);
    await reachOutcomeWithoutContacts(page);
  });
});

async function reachOutcomeWithoutContacts(page: Page): Promise<void> {
  await page.locator('.header__name').click();
  await page.locator('main[data-node="start"]').waitFor();
  await startPathway(page);
  await answer(page, ...STAFF_DISCLOSURE);
  await page.locator(`main[data-node="${OUTCOME}"] [data-contacts-link]`).waitFor();
  assert.equal(await page.locator('[data-social-care]').count(), 0);
  assert.equal(await page.locator('[data-local="front-door"]').count(), 1);
}
