// Coaching cycles as people use them, in Debian's Chromium at a desktop and a phone size: the
// coach starts a cycle from the home page and records its planning conversation, the state
// moving on; a step out of order is not offered; the teacher finds the cycle from the home
// page and writes a note; the principal's pages never link a cycle.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/cycles.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  VIEWPORTS, checkPage, clickThrough, mainText, normalize, openPage, signInAt, useDemo,
} from './kit.mjs';

const COACH = 'coach@practica.example';
const TEACHER = 'teacher@practica.example';
const PRINCIPAL = 'principal@practica.example';
const TEST = { timeout: 60_000 };
// One open cycle per teacher and coach: each viewport starts its own teacher's.
const TEACHER_FOR = { desktop: 'Grace Park', phone: 'Omar Haddad' };

const demo = useDemo();

// Signs in as `email` and follows the home page's link `name`.
async function fromHome(page, email, name) {
  await demo.browser.context.clearCookies();
  await signInAt(page, demo.server.url, email);
  await page.goto(demo.at('/home'));
  await clickThrough(page, page.getByRole('link', { name, exact: true }).first());
}

const submit = (page, name) => clickThrough(page, page.getByRole('button', { name }));

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('the coach starts a cycle from the home page and records its planning conversation', TEST, async () => {
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await fromHome(page, COACH, 'Coaching cycles');
        const list = normalize(await page.locator('#cycles').textContent());
        assert.match(list, /Complete/);
        assert.match(list, /Waiting for the debrief/);
        await checkPage(page, viewport, 'cycles');

        const teacher = TEACHER_FOR[viewport.name] ?? 'Grace Park';
        const form = page.locator('#cycle-form');
        await form.locator('#school').selectOption({ label: 'Garvanza Elementary Technology and Leadership Magnet' });
        await form.locator('#teacher').selectOption({ label: teacher });
        await form.locator('#goal').selectOption('1.4.b');
        await submit(page, 'Start the cycle');
        assert.match(normalize(await page.locator('#state').textContent()), /Waiting for the planning conversation/,
          await mainText(page));
        await checkPage(page, viewport, 'cycle-started');

        await page.getByLabel('What happened').fill(`Planned a design sprint (${viewport.name}).`);
        assert.match(normalize(await page.locator('#step-form').locator('xpath=preceding-sibling::h2[1]').textContent()), /Planning conversation/);
        await submit(page, 'Record this step');
        assert.match(normalize(await page.locator('#saved').textContent()), /Saved/, await mainText(page));
        assert.match(normalize(await page.locator('#state').textContent()), /Waiting for the lesson/);
        assert.match(normalize(await page.locator('#steps').textContent()), new RegExp(viewport.name));
        // Only the step the cycle waits for is offered.
        assert.equal(await page.locator('#step-form input[name="step"]').inputValue(), 'lesson');
        assert.equal(await page.locator('#step-form').count(), 1);
        await checkPage(page, viewport, 'cycle-planned');
      } finally {
        await page.close();
      }
    });

    it('the teacher writes a note on her cycle; the principal is never shown one', TEST, async () => {
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await fromHome(page, TEACHER, 'Coaching with you');
        await clickThrough(page, page.locator('#cycles a').first());
        assert.match(normalize(await page.locator('#state').textContent()), /Complete/);
        await page.getByLabel('Your note').fill(`The second testing round worked (${viewport.name}).`);
        await submit(page, 'Save your note');
        assert.match(normalize(await page.locator('#teacher-note').textContent()), /second testing round/);
        await checkPage(page, viewport, 'cycle-teacher');

        await fromHome(page, PRINCIPAL, 'Observation counts');
        assert.equal(await page.locator('a[href^="/cycles/"]').count(), 0);
      } finally {
        await page.close();
      }
    });
  });
}
