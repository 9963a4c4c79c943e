// An inquiry group as a teacher starts and keeps it, in Debian's Chromium at a desktop and a phone
// size, reached by clicking from her home page: Priya Shah of Garvanza finds the demo's lesson
// study on her school's design challenge, goes to the cohort's groups, starts a text-based
// discussion with Hope Street ES's principal (refused first without its focus, her typing kept),
// records its first meeting and writes what Garvanza takes back.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/inquiry.test.mjs
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
const PRIYA = 'teacher@practica.example';

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

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a teacher starts an inquiry group with another school and keeps its meeting', TEST, async () => {
      const name = `Reading circle (${viewport.name})`;
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      try {
        await signInAt(page, server.url, PRIYA);
        await page.goto(new URL('/home', server.url).href);
        await clickThrough(page, page.locator('#home-sections').getByRole('link', { name: 'School page', exact: true }).first());
        await clickThrough(page, page.getByRole('link', { name: 'PS 3.0 design challenge' }));
        assert.match(normalize(await page.locator('#groups').textContent()), /Partner talk at the practice station.*Lesson study/);
        await clickThrough(page, page.locator('#groups').getByRole('link', { name: 'Partner talk at the practice station' }));
        assert.match(new URL(page.url()).pathname, /^\/inquiry\/\d+$/, await mainText(page));
        assert.match(normalize(await page.locator('#meetings').textContent()), /Give partners a sentence frame/);
        await checkPage(page, viewport, 'inquiry-group-demo');

        await clickThrough(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Inquiry groups' }));
        assert.match(new URL(page.url()).pathname, /^\/cohorts\/ps-3-0\/inquiry$/);
        const form = page.locator('#start form');
        await form.getByLabel('Kind').selectOption({ label: 'Text-based discussion' });
        await form.getByLabel(/^Name/).fill(name);
        await form.getByRole('checkbox', { name: 'Priya Shah' }).check();
        await form.getByRole('checkbox', { name: 'Hannah Kim' }).check();
        await clickThrough(page, form.getByRole('button', { name: 'Start the group' }));
        assert.match(normalize(await page.locator('#start-error').textContent()), /Say what the group works on/);
        assert.equal(await page.locator('#group-name').inputValue(), name, 'what was typed comes back');
        assert.ok(await page.locator('#start form').getByRole('checkbox', { name: 'Hannah Kim' }).isChecked());
        await checkPage(page, viewport, 'inquiry-start-refused');

        await page.locator('#group-focus').fill('"Mathematical Mindsets", chapter 4, and what it asks of our practice stations.');
        await clickThrough(page, page.locator('#start form').getByRole('button', { name: 'Start the group' }));
        assert.match(new URL(page.url()).pathname, /^\/inquiry\/\d+$/);
        assert.match(normalize(await page.locator('#member-schools').textContent()), /Garvanza.*Priya Shah.*Hope Street ES.*Hannah Kim/);

        const meeting = page.locator('#meeting form');
        await meeting.getByLabel('Day').fill('2019-04-24');
        await meeting.getByLabel('Agenda').fill('Chapter 4: what a low-floor, high-ceiling task looks like at a station.');
        await meeting.getByLabel(/^Artifacts/).fill('https://drive.example.org/reading-circle-notes');
        await meeting.getByRole('checkbox', { name: 'Priya Shah' }).check();
        await clickThrough(page, meeting.getByRole('button', { name: 'Record the meeting' }));
        assert.match(normalize(await page.locator('#meetings').textContent()), /April 24, 2019.*1 of 2 members attended/);

        const article = page.locator('#meetings article').first();
        await article.getByLabel('What your school takes back').fill('Rewrite one station task a week to be low-floor, high-ceiling.');
        await clickThrough(page, article.getByRole('button', { name: 'Save what we take back' }));
        assert.match(normalize(await page.locator('#meetings').textContent()), /Garvanza.*Rewrite one station task a week/);
        await checkPage(page, viewport, 'inquiry-group-new');
      } finally {
        await page.close();
      }
    });
  });
}
