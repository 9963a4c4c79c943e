// The coach at the school as people use it, in Debian's Chromium at a desktop and a phone size:
// the coach logs coaching from the home page in one form and records an observation; the
// teacher observed reads it and adds a reflection; the principal finds only counts.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/coaching.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, fillSignIn, launchBrowser, mainText, normalize, openPage,
} from './kit.mjs';

const COACH = 'coach@practica.example';
const TEACHER = 'teacher@practica.example';
const PRINCIPAL = 'principal@practica.example';
const TEST = { timeout: 60_000 };

let server;
let browser;

before(async () => {
  server = await startDemoServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const at = (pathname) => new URL(pathname, server.url).href;

async function signIn(page, email) {
  await page.goto(at('/sign-in'));
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, email)]);
}

async function follow(page, name) {
  await page.goto(at('/home'));
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('link', { name, exact: true }).first().click(),
  ]);
}

async function submit(page, name) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name }).click(),
  ]);
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('the coach logs coaching and records an observation from the home page', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signIn(page, COACH);
        await follow(page, 'Coaching log');
        assert.match(normalize(await page.locator('#illustrative').textContent()), /Illustrative/);
        await checkPage(page, viewport, 'coaching-log');

        const note = `Co-taught the prototype round (${viewport.name}).`;
        await page.getByLabel('Minutes').fill('35');
        await page.getByLabel('Kind').selectOption('co_teach');
        await page.locator('fieldset.people').first().getByLabel('Priya Shah').check();
        // The focus: Garvanza's design-challenge step the coach carried out with Priya.
        const step = 'Design challenge step 2 (PS 3.0): Co-design a first-instruction lesson with an adaptive practice station';
        await page.getByLabel('Focus').selectOption({ label: step });
        await page.getByLabel('Notes', { exact: true }).fill(note);
        await submit(page, 'Log it');
        assert.match(normalize(await page.locator('#saved').textContent()), /Saved/, await mainText(page));
        const entries = normalize(await page.locator('#entries').textContent());
        assert.match(entries, new RegExp(viewport.name));
        assert.ok(entries.includes(step), entries);
        await checkPage(page, viewport, 'coaching-logged');

        await follow(page, 'Observations');
        await page.getByLabel('Teacher').selectOption({ label: 'Priya Shah' });
        await page.getByLabel('Look-fors seen').fill(`Students tested prototypes (${viewport.name}).`);
        await submit(page, 'Record the observation');
        assert.match(normalize(await page.locator('#saved').textContent()), /Saved/, await mainText(page));
        await checkPage(page, viewport, 'coaching-observations');
      } finally {
        await page.close();
      }
    });

    it('the teacher reads the observation and reflects; the principal sees counts only', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signIn(page, TEACHER);
        await follow(page, 'Coaching with you');
        await checkPage(page, viewport, 'coaching-mine');
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.locator('#observations a').first().click(),
        ]);
        await page.getByLabel('Your reflection').fill('Next time a longer testing round.');
        await submit(page, 'Save the reflection');
        assert.match(normalize(await page.locator('#reflection').textContent()), /longer testing round/);
        await checkPage(page, viewport, 'coaching-observation');

        await browser.context.clearCookies();
        await signIn(page, PRINCIPAL);
        await follow(page, 'Observation counts');
        assert.match(normalize(await page.locator('#total').textContent()), /observations/);
        assert.equal(await page.locator('a[href^="/observations/"]').count(), 0);
        await checkPage(page, viewport, 'coaching-counts');
      } finally {
        await page.close();
      }
    });
  });
}
