// A school's checklist as its principal reads it, in Debian's Chromium at a desktop and a phone
// size, on the demo served at today's date: PS 3.0's 2018-2019 is over, so each commitment shows
// where it ended (verified, with the evidence that was verified, or not done), never "Late".
//
//   PRACTICA_BIN=build/practica node --test tests/browser/commitments.test.mjs
//
// Every page visited is checked with axe-core, for script errors and failed requests, and on
// the phone for horizontal scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, fillSignIn, normalize, openPage, useDemo } from './kit.mjs';

const PRINCIPAL = 'principal@practica.example';
const CHECKLIST = '/cohorts/ps-3-0/schools/garvanza-elementary-technology-and-leadership-magnet/commitments';
const TEST = { timeout: 60_000 };

const demo = useDemo();
const { at } = demo;

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('the principal reads a finished year as it ended, with the verified evidence in view', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await page.goto(at('/sign-in'));
        await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), fillSignIn(page, PRINCIPAL)]);
        await page.goto(at(CHECKLIST));

        assert.match(normalize(await page.locator('#year-over').textContent()),
          /school year ended on Sunday, June 30, 2019/);
        const statuses = (await page.locator('.tag.status').allTextContents()).map(normalize);
        assert.ok(statuses.length >= 24, statuses.join(', '));
        assert.ok(!statuses.some((s) => /Late/.test(s)), statuses.join(', '));
        assert.ok(statuses.includes('✗ Not done'), statuses.join(', '));
        const link = page.locator('#verified-4 a');
        assert.equal(await link.getAttribute('href'), 'https://drive.google.com/file/d/1garvanza-planning-calendar');
        assert.ok(await link.isVisible());
        assert.match(normalize(await page.locator('#progress').textContent()), /Ramon Castillo/);
        await checkPage(page, viewport, 'commitments-finished-year');
      } finally {
        await page.close();
      }
    });
  });
}
