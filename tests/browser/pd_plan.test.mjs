// The school's professional learning plan as people use it, in Debian's Chromium at a desktop
// and a phone size: a principal finds the plan from the school's commitments and reads a
// session; the coach, years after PS 3.0 ended, finds the plan kept as the year left it, with
// no form to change it (planning and attendance are walked on PS 3.0's own dates by the route
// tests, whose clock can stand in 2019).
//
//   PRACTICA_BIN=build/practica node --test tests/browser/pd_plan.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  VIEWPORTS, checkPage, clickThrough, mainText, normalize, openPage, signInAt, useDemo,
} from './kit.mjs';

const COACH = 'coach@practica.example';
const HOPE_PRINCIPAL = 'principal.hope@practica.example';
const TEST = { timeout: 90_000 };

const demo = useDemo();
const at = (pathname) => demo.at(pathname);

// A fresh page at the size, signed in as the person.
async function signedIn(viewport, email) {
  await demo.browser.context.clearCookies();
  const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
  await signInAt(page, demo.server.url, email);
  return page;
}

// From the home page to Hope Street's page, its PS 3.0 commitments, then its plan.
async function toHopePlan(page) {
  await page.goto(at('/home'));
  await clickThrough(page, page.locator('main a[href="/schools/hope-street-es"]').first());
  await clickThrough(page, page.locator('a[href="/cohorts/ps-3-0/schools/hope-street-es/commitments"]').first());
  await clickThrough(page, page.locator('#pd-plan-link'));
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a principal finds the plan from the commitments and reads a session', TEST, async () => {
      const page = await signedIn(viewport, HOPE_PRINCIPAL);
      try {
        await toHopePlan(page);
        assert.match(normalize(await page.locator('h1').textContent()), /Professional learning plan of Hope Street ES/);
        // PS 3.0's year is over and Hope Street's plan was never agreed: the page says so.
        assert.match(normalize(await page.locator('#plan-state').textContent()), /Never agreed: the year ended with the plan in draft/);
        assert.match(normalize(await page.locator('#rate').textContent()), /teachers/);
        assert.equal(await page.locator('#agree-form').count(), 0, 'a principal does not agree the plan');
        await checkPage(page, viewport, 'pd-plan');

        await clickThrough(page, page.locator('#sessions a').first());
        assert.match(normalize(await page.locator('h1').textContent()), /Launching a design challenge/);
        await checkPage(page, viewport, 'pd-session');
      } finally {
        await page.close();
      }
    });

    it('the coach finds the finished year\'s plan kept as it was, with nothing to change', TEST, async () => {
      const page = await signedIn(viewport, COACH);
      try {
        await toHopePlan(page);
        assert.match(normalize(await page.locator('#year-over').textContent()),
          /PS 3\.0's school year ended on Sunday, June 30, 2019/, await mainText(page));
        assert.equal(await page.locator('#session-form').count(), 0);
        await checkPage(page, viewport, 'pd-plan-finished');

        await clickThrough(page, page.locator('#sessions a').first());
        assert.match(normalize(await page.locator('#present').textContent()), /Rosa Delgado/);
        assert.equal(await page.locator('#attendance-form').count(), 0);
        await checkPage(page, viewport, 'pd-session-finished');
      } finally {
        await page.close();
      }
    });
  });
}
