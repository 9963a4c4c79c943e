// The third day of a 2+1 ISTE Standards Suite offering as its facilitator and a participant run
// it, in Debian's Chromium at a desktop and a phone size, reached by clicking from the site's
// Sessions link: Dominic Caguioa opens a round for Rosa Delgado's lesson (refused first without
// the lesson's name, his typing kept), starts it and moves it to the clarifying questions; Priya
// Shah, registered for the same offering, finds the round and asks her question.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/lesson_rounds.test.mjs
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
const DOMINIC = 'dominic.caguioa@lausd.net';
const PRIYA = 'teacher@practica.example';
const OFFERING = 'ISTE Standards Suite: Global Collaborator';
// Each size opens the round of its own presenter.
const PRESENTER = { desktop: 'Rosa Delgado', phone: 'Ben Okafor' };

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

// From the site's Sessions link, through the offering's page, to its lesson rounds.
async function toLessonRounds(page) {
  await page.goto(new URL('/home', server.url).href);
  await clickThrough(page, page.locator('header.site').getByRole('link', { name: 'Sessions' }));
  await clickThrough(page, page.locator('#sessions').getByRole('link', { name: OFFERING }).first());
  await clickThrough(page, page.locator('#lesson-rounds-link'));
  assert.match(new URL(page.url()).pathname, /^\/learning\/[a-z0-9-]+\/lesson-rounds$/, await mainText(page));
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a facilitator runs a participant\'s lesson round and another participant asks in it', TEST, async () => {
      const presenter = PRESENTER[viewport.name];
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signInAt(page, server.url, DOMINIC);
        await toLessonRounds(page);
        assert.match(normalize(await page.locator('#lesson-rounds').textContent()), /Priya Shah: A learning playlist/);
        await checkPage(page, viewport, 'lesson-rounds');

        const form = page.locator('#open form');
        await form.getByLabel(/^Presenter/).selectOption({ label: presenter });
        await form.getByLabel(/^How it went in class/).fill('Two grade 5 classes; the second went faster.');
        await clickThrough(page, form.getByRole('button', { name: 'Open the round' }));
        assert.match(normalize(await page.locator('#open-error').textContent()), /Name the lesson/);
        assert.equal(await page.locator('#lesson-tried').inputValue(), 'Two grade 5 classes; the second went faster.');
        await checkPage(page, viewport, 'lesson-rounds-refused');

        await page.locator('#lesson-title').fill('Choice boards for the water cycle, grade 5');
        await clickThrough(page, page.locator('#open form').getByRole('button', { name: 'Open the round' }));
        assert.match(new URL(page.url()).pathname, /^\/lesson-rounds\/\d+$/);
        assert.match(normalize(await page.locator('#my-part').textContent()), /You facilitate this round/);
        await clickThrough(page, page.getByRole('button', { name: 'Start the round' }));
        await clickThrough(page, page.getByRole('button', { name: 'Move on to Clarifying questions' }));
        assert.match(normalize(await page.locator('#timer').textContent()), /^[45]:\d\d left$/, 'the timer counts down');
        await checkPage(page, viewport, 'lesson-round-facilitator');
        const roundUrl = new URL(page.url()).pathname;

        await browser.context.clearCookies();
        await signInAt(page, server.url, PRIYA);
        await toLessonRounds(page);
        await clickThrough(page, page.locator('#lesson-rounds li', { hasText: presenter }).getByRole('link'));
        assert.equal(new URL(page.url()).pathname, roundUrl);
        assert.match(normalize(await page.locator('#my-part').textContent()), /critical friend/);
        await page.getByLabel('What it is').selectOption('clarifying');
        await page.getByLabel('What you say').fill('How did students choose their first square?');
        await clickThrough(page, page.getByRole('button', { name: 'Add', exact: true }));
        assert.match(normalize(await page.locator('#said').textContent()), /How did students choose their first square\?.*Priya Shah/);
        await checkPage(page, viewport, 'lesson-round-participant');
      } finally {
        await page.close();
      }
    });
  });
}
