// Learning sessions as people use them, in Debian's Chromium at a desktop and a phone size: the
// calendar with PS 3.0's dates in district time, a teacher enrolling in an ISTE Standards Suite
// offering and giving the seat back, staff taking attendance and reading the cohort's grid, and
// staff editing then cancelling a planned session, reached by clicking from their home page.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/learning.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, fillSignIn, launchBrowser, mainText, normalize, openPage, signOut,
} from './kit.mjs';

const TEACHER = 'teacher@practica.example';
const STAFF = 'allison.jonas@lausd.net';
const TEST = { timeout: 60_000 };
// Each size enrols in its own offering, so the two do not count each other's seats.
const OFFERING = {
  desktop: '/learning/iste-standards-suite-empowered-learner-2027-01-12',
  phone: '/learning/iste-standards-suite-digital-citizen-2027-01-26',
};
// Each size edits and cancels its own offering.
const TO_CANCEL = {
  desktop: 'ISTE Standards Suite: Knowledge Constructor',
  phone: 'ISTE Standards Suite: Innovative Designer',
};

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

async function submit(page, name) {
  await Promise.all([
    page.waitForNavigation({ waitUntil: 'load' }),
    page.getByRole('button', { name }).click(),
  ]);
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a teacher sees the calendar in district time and takes a seat, then gives it back', TEST,
      async () => {
        await browser.context.clearCookies();
        const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
        try {
          await signIn(page, TEACHER);
          await page.goto(at('/learning'));
          const text = normalize(await page.locator('#sessions').textContent());
          assert.match(text, /Friday, May 18, 2018, 3:00 PM – 4:00 PM/, await mainText(page));
          assert.match(text, /Friday, September 28, 2018, 8:00 AM – 3:00 PM; Friday, March 22, 2019/);
          await checkPage(page, viewport, 'learning-list');

          await page.goto(at(OFFERING[viewport.name]));
          const seats = page.locator('#seats');
          assert.match(normalize(await seats.textContent()), /^30 of 30 free/);
          await submit(page, 'Enrol me');
          assert.match(normalize(await page.locator('#enrolment-card').textContent()), /Enrolled/);
          assert.match(normalize(await seats.textContent()), /^29 of 30 free/);
          await checkPage(page, viewport, 'learning-enrolled');
          await submit(page, 'Give up my seat');
          assert.match(normalize(await seats.textContent()), /^30 of 30 free/);
          await signOut(page);
        } finally {
          await page.close();
        }
      });

    it('staff take attendance on the form and read the cohort grid', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signIn(page, STAFF);
        await page.goto(at('/learning/ps-3-0-onboarding-2018-06-02/days/1/attendance'));
        const boxes = page.getByRole('checkbox');
        assert.equal(await boxes.count(), 3, await mainText(page));
        for (let i = 0; i < 3; i += 1) assert.ok(await boxes.nth(i).isChecked());
        await checkPage(page, viewport, 'learning-attendance');
        await submit(page, 'Save attendance');
        assert.match(normalize(await page.locator('#saved').textContent()), /3 of 3 present/);

        await page.goto(at('/cohorts/ps-3-0/learning'));
        const garvanza = page.locator('#progress-grid tbody tr', { hasText: 'Garvanza' });
        // The follow-ups are long past and nobody took their attendance: not "Registered".
        assert.deepEqual((await garvanza.locator('td').allTextContents()).map(normalize),
          ['Attended', 'Attended', 'Not recorded']);
        await checkPage(page, viewport, 'learning-progress');
      } finally {
        await page.close();
      }
    });

    it('staff edit a planned session, then cancel it after a confirmation', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      const title = TO_CANCEL[viewport.name];
      try {
        await signIn(page, STAFF);
        await page.goto(at('/home'));
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.locator('header.site').getByRole('link', { name: 'Sessions' }).click(),
        ]);
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.locator('#sessions').getByRole('link', { name: title }).click(),
        ]);
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.getByRole('link', { name: 'Edit the session' }).click(),
        ]);
        const form = page.locator('#edit-form');
        assert.equal(await form.getByLabel('Seats').inputValue(), '30', await mainText(page));
        await checkPage(page, viewport, 'learning-edit');

        // Too few seats for one person: refused, and what was typed stays.
        await form.getByLabel('Place').fill('ITI, Beaudry Building, room 204');
        await form.getByLabel('Seats').fill('0');
        await submit(page, 'Save changes');
        assert.match(normalize(await page.locator('#form-error').textContent()), /seats/);
        assert.equal(await form.getByLabel('Place').inputValue(), 'ITI, Beaudry Building, room 204');
        await checkPage(page, viewport, 'learning-edit-refused');
        await form.getByLabel('Seats').fill('24');
        await submit(page, 'Save changes');
        assert.match(normalize(await page.locator('#facts').textContent()), /room 204/);
        assert.match(normalize(await page.locator('#seats').textContent()), /^24 of 24 free/);

        await page.locator('#cancel-form').getByLabel('Reason').fill('Too few enrolments this term');
        await submit(page, 'Cancel the session');
        const confirm = page.locator('#confirm-cancel');
        assert.match(normalize(await confirm.textContent()), new RegExp(`Cancel ${title}\\?`));
        assert.match(normalize(await confirm.textContent()), /0 people registered or waiting/);
        await checkPage(page, viewport, 'learning-cancel-confirm');
        await submit(page, `Yes, cancel ${title}`);
        assert.match(normalize(await page.locator('#cancelled-notice').textContent()),
          /Too few enrolments this term/);
        assert.equal(await page.locator('#cancel-form').count(), 0);
        await checkPage(page, viewport, 'learning-cancelled');

        await page.goto(at('/learning'));
        const row = page.locator('#sessions tbody tr', { hasText: title });
        assert.match(normalize(await row.textContent()), /Cancelled/);
        await signOut(page);
      } finally {
        await page.close();
      }
    });
  });
}
