// A Critical Friends round as its facilitator and a critical friend run it, in Debian's Chromium at
// a desktop and a phone size, reached by clicking from their home pages: Ramon Castillo (coach)
// schedules a round where Hope Street ES presents its open cycle to Priya Shah of Garvanza, starts
// it and moves it to the clarifying questions with the timer running; Priya finds the round from
// her home page and asks her question; the facilitator sees it and moves on to feedback.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/rounds.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on the
// phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startDemoServer } from '../rig/server.mjs';
import {
  VIEWPORTS, checkPage, clickThrough, launchBrowser, mainText, normalize, openPage, signInAt,
} from './kit.mjs';

const TEST = { timeout: 120_000 };
const COACH = 'coach@practica.example';
const PRIYA = 'teacher@practica.example';
// Each size holds its own round, on its own day.
const DAY = { desktop: ['2019-05-03', 'May 3, 2019'], phone: ['2019-05-10', 'May 10, 2019'] };

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

// From the home page, through a school's PS 3.0 design challenge and the cohort's gallery, to the
// cohort's rounds.
async function toRounds(page, homeLink) {
  await page.goto(new URL('/home', server.url).href);
  await clickThrough(page, page.locator('#home-sections').getByRole('link', { name: homeLink, exact: true }).first());
  await clickThrough(page, page.getByRole('link', { name: 'PS 3.0 design challenge' }));
  await clickThrough(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Design challenges' }));
  await clickThrough(page, page.locator('#rounds-link'));
  assert.match(new URL(page.url()).pathname, /^\/cohorts\/ps-3-0\/rounds$/, await mainText(page));
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a facilitator runs a round and a critical friend asks in it', TEST, async () => {
      const [day, dayLabel] = DAY[viewport.name];
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signInAt(page, server.url, COACH);
        await toRounds(page, 'Hope Street ES');
        assert.match(normalize(await page.locator('#rounds').textContent()), /Garvanza.*Cycle 1.*Finished/);
        await checkPage(page, viewport, 'rounds-list');

        const form = page.locator('#schedule form');
        await form.getByLabel(/^Presenting school/).selectOption({ label: 'Hope Street ES' });
        await form.getByLabel(/^Day/).fill(day);
        await form.getByLabel(/^Where/).fill('Follow-up day, room 204');
        await form.getByLabel(/^Facilitator/).selectOption({ label: 'Ramon Castillo' });
        await clickThrough(page, form.getByRole('button', { name: 'Schedule the round' }));
        assert.match(normalize(await page.locator('#schedule-error').textContent()), /Invite at least one person/);
        assert.equal(await page.locator('#round-place').inputValue(), 'Follow-up day, room 204', 'what was typed comes back');
        await checkPage(page, viewport, 'rounds-refused');

        await page.locator('#schedule form').getByRole('checkbox', { name: 'Priya Shah' }).check();
        await clickThrough(page, page.locator('#schedule form').getByRole('button', { name: 'Schedule the round' }));
        assert.match(new URL(page.url()).pathname, /^\/rounds\/\d+$/);
        assert.match(normalize(await page.locator('#my-part').textContent()), /You facilitate this round/);
        await clickThrough(page, page.getByRole('button', { name: 'Start the round' }));
        await clickThrough(page, page.getByRole('button', { name: 'Move on to Clarifying questions' }));
        assert.match(normalize(await page.locator('#now-title').textContent()), /Clarifying questions/);
        assert.match(normalize(await page.locator('#timer').textContent()), /^[45]:\d\d left$/, 'the timer counts down');
        await checkPage(page, viewport, 'round-facilitator');
        const roundUrl = new URL(page.url()).pathname;

        await browser.context.clearCookies();
        await signInAt(page, server.url, PRIYA);
        await toRounds(page, 'School page');
        await clickThrough(page, page.locator('#rounds li', { hasText: dayLabel }).getByRole('link'));
        assert.equal(new URL(page.url()).pathname, roundUrl);
        assert.match(normalize(await page.locator('#my-part').textContent()), /critical friend/);
        await page.getByLabel('What it is').selectOption('clarifying');
        await page.getByLabel('What you say').fill('How many teachers lead the PD sessions now?');
        await clickThrough(page, page.getByRole('button', { name: 'Add', exact: true }));
        assert.match(normalize(await page.locator('#said').textContent()), /How many teachers lead the PD sessions now\?.*Priya Shah/);
        await checkPage(page, viewport, 'round-participant');

        await browser.context.clearCookies();
        await signInAt(page, server.url, COACH);
        await toRounds(page, 'Hope Street ES');
        await clickThrough(page, page.locator('#rounds li', { hasText: dayLabel }).getByRole('link'));
        assert.match(normalize(await page.locator('#said').textContent()), /How many teachers lead the PD sessions now\?/);
        await clickThrough(page, page.getByRole('button', { name: 'Move on to Probing questions' }));
        await clickThrough(page, page.getByRole('button', { name: 'Move on to Feedback' }));
        assert.match(normalize(await page.locator('#now-title').textContent()), /Feedback/);
        await checkPage(page, viewport, 'round-feedback');
      } finally {
        await page.close();
      }
    });
  });
}
