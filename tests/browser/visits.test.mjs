// Visits between schools as a visiting principal and a host principal do them, in Debian's
// Chromium at a desktop and a phone size, reached by clicking from their home pages: Hannah Kim
// of Hope Street ES finds Garvanza's visit to come, signs up and cancels; Elena Ortiz of Garvanza
// reads what the visitors of February 2019 wrote, and offers a visit (refused first with its end
// before its start, her typing kept).
//
//   PRACTICA_BIN=build/practica node --test tests/browser/visits.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on the
// phone for horizontal scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import {
  VIEWPORTS, checkPage, clickThrough, mainText, normalize, openPage, signInAt, useDemo,
} from './kit.mjs';

const TEST = { timeout: 120_000 };
const HANNAH = 'principal.hope@practica.example';
const ELENA = 'principal@practica.example';

const demo = useDemo();

async function homeToVisits(page, email) {
  await demo.browser.context.clearCookies();
  await signInAt(page, demo.server.url, email);
  await page.goto(new URL('/home', demo.server.url).href);
  await clickThrough(page, page.getByRole('link', { name: 'Visits between schools' }));
  assert.equal(new URL(page.url()).pathname, '/visits', await mainText(page));
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('a principal of another school signs up for a visit and cancels', TEST, async () => {
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await homeToVisits(page, HANNAH);
        assert.match(normalize(await page.locator('#visits').textContent()), /Garvanza.*March 4, 2027.*7 seats left/);
        await checkPage(page, viewport, 'visits-list');
        await clickThrough(page, page.locator('#visits').getByRole('link', { name: /March 4, 2027/ }));
        assert.match(new URL(page.url()).pathname, /^\/visits\/\d+$/);
        await clickThrough(page, page.getByRole('button', { name: 'Sign up for this visit' }));
        assert.match(normalize(await page.locator('#signed-up').textContent()), /You are signed up/);
        assert.match(normalize(await page.locator('#seats').textContent()), /2 of 8 taken/);
        assert.match(normalize(await page.locator('#visitors').textContent()), /Hannah Kim.*Hope Street ES/);
        await checkPage(page, viewport, 'visit-signed-up');
        await clickThrough(page, page.getByRole('button', { name: 'Cancel my sign-up' }));
        assert.ok(await page.getByRole('button', { name: 'Sign up for this visit' }).isVisible());
      } finally {
        await page.close();
      }
    });

    it('the host principal reads the visitors\u2019 reflections and offers a visit', TEST, async () => {
      const purpose = `Prototype testing with users (${viewport.name})`;
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await homeToVisits(page, ELENA);
        await clickThrough(page, page.locator('#offer').getByRole('link', { name: /Garvanza/ }));
        assert.match(new URL(page.url()).pathname, /\/schools\/garvanza-.*\/visits$/);
        await clickThrough(page, page.locator('#past').getByRole('link', { name: /February 7, 2019/ }));
        const visitors = normalize(await page.locator('#visitors').textContent());
        assert.match(visitors, /Hannah Kim.*came.*Start our grade 3 design unit/);
        assert.match(visitors, /Rosa Delgado.*A constraints chart/);
        await checkPage(page, viewport, 'visit-held');

        await clickThrough(page, page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Visits between schools' }));
        const form = page.locator('#offer-form');
        await form.getByLabel('Day', { exact: true }).fill('2027-04-15');
        await form.getByLabel('Starts').fill('09:00');
        await form.getByLabel('Ends').fill('08:00');
        await form.getByLabel('Purpose').fill(purpose);
        await form.getByLabel('Classrooms to visit or look-fors').fill('Rooms 7 and 12');
        await form.getByLabel(/^Seats/).fill('4');
        await clickThrough(page, form.getByRole('button', { name: 'Offer the visit' }));
        assert.match(normalize(await page.locator('#form-error').textContent()), /must end after it starts/);
        assert.equal(await page.locator('#purpose').inputValue(), purpose, 'what was typed comes back');
        await checkPage(page, viewport, 'visit-offer-refused');

        await page.locator('#ends').fill('11:00');
        await clickThrough(page, page.locator('#offer-form').getByRole('button', { name: 'Offer the visit' }));
        assert.match(new URL(page.url()).pathname, /^\/visits\/\d+$/);
        assert.match(normalize(await page.locator('#visit').textContent()), /April 15, 2027.*9:00 AM to 11:00 AM/);
        await checkPage(page, viewport, 'visit-offered');
      } finally {
        await page.close();
      }
    });
  });
}
