/**
 * Child-on-child and exploitation routes in a real browser, against the
 * production build: the area text (its own locale namespaces) renders, and the
 * outcomes carry what a practitioner needs out of hours.
 */
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { startServer, type StaticServer } from '../../scripts/static-server';
import { axe, describeViolations, launchBrowser, watch } from './browser';
import { answer, heading, startPathway } from './steps';

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

describe('child-on-child and exploitation', () => {
  it('gives a youth worker sexual violence between children: every child, out of hours, 999', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const watched = watch(context, page);
    await page.goto(server.url);
    await startPathway(page);
    await answer(page, 'no', 'youth-worker', 'child-on-child');
    assert.equal(await heading(page), 'What is happening between the children?');
    await answer(page, 'violence');
    assert.equal(
      await page.locator('main').getAttribute('data-node'),
      'outcome-coc-violence-staff',
    );
    const text = await page.locator('main').innerText();
    assert.match(text, /Make the child safe, then tell your DSL now/);
    assert.match(text, /The child who caused harm is a child too/);
    assert.match(text, /emergency duty team/);
    assert.doesNotMatch(text, /child-on-child:/, 'no raw text keys');
    assert.equal(describeViolations(await axe(page)), '');
    assert.deepEqual(watched.errors, []);
    await context.close();
  });

  it('sends a DSL with a child under 13 to a referral, and a child with an adult to exploitation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await startPathway(page);
    await answer(page, 'no', 'dsl', 'child-on-child', 'activity', 'under-13');
    assert.equal(await page.locator('main').getAttribute('data-node'), 'outcome-coc-under13-dsl');
    assert.match(await page.locator('main').innerText(), /cannot consent to any sexual activity/);

    await page.goto(server.url);
    await startPathway(page);
    await answer(page, 'no', 'child-on-child', 'activity', 'adult');
    assert.equal(await page.locator('main').getAttribute('data-node'), 'outcome-exp-signs-dsl');
    await context.close();
  });

  it('puts calling the police first when a child is missing now', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(server.url);
    await startPathway(page);
    await answer(page, 'no', 'staff', 'exploitation', 'missing-now');
    assert.equal(await page.locator('main').getAttribute('data-node'), 'outcome-exp-missing-now');
    const first = await page.locator('main ol li').first().innerText();
    assert.match(first, /Call 999/);
    assert.match(await page.locator('main').innerText(), /116 000|116000/);
    await context.close();
  });
});
