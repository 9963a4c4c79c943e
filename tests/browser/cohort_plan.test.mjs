// The program director corrects a cohort's goals and timeline, in Debian's Chromium at a
// desktop and a phone size: from her home page to the cohort's setup, then "Goals and
// timeline"; a saved goal shows on the cohort's page, and a refused date keeps what she typed.
// Every page is checked with axe-core, for script errors and failed requests, and on the phone
// for sideways scrolling.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/cohort_plan.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, fillSignIn, openPage, useDemo } from './kit.mjs';

const TEST = { timeout: 60_000 };
const demo = useDemo();

async function navigation(page, action) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('Sophia Mendoza reaches the goals and timeline from home, saves a goal, and a refused date keeps her typing',
      TEST, async () => {
        await demo.browser.context.clearCookies();
        const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
        try {
          await page.goto(demo.at('/sign-in'));
          await navigation(page, () => fillSignIn(page, 'sophia.mendoza@lausd.net'));
          await navigation(page, () => page.locator('main').getByRole('link', { name: 'Cohort setup' }).first().click());
          await navigation(page, () => page.getByRole('link', { name: 'Goals and timeline' }).click());
          assert.match(new URL(page.url()).pathname, /^\/cohorts\/ps-4-0\/plan$/);
          await checkPage(page, viewport, `plan-${viewport.name}`);

          const goals = page.getByLabel('The goals, one per line');
          const kept = (await goals.inputValue()).split('\n')[0];
          const added = `Visit a partner school each semester (${viewport.name})`;
          await goals.fill(`${kept}\n${added}`);
          await navigation(page, () => page.getByRole('button', { name: 'Save the goals' }).click());
          assert.equal(await page.locator('#goals-saved').textContent(), 'Goals saved.');
          assert.equal(await goals.inputValue(), `${kept}\n${added}`);

          await page.getByLabel('Title').last().fill('Partner school visit');
          await page.locator('#new-on').fill('2019-10-07');
          await page.locator('#new-until_on').fill('2019-10-01');
          await navigation(page, () => page.getByRole('button', { name: 'Add to the timeline' }).click());
          assert.match(await page.locator('#add-error').textContent(), /ends before it starts/);
          assert.equal(await page.locator('#new-title').inputValue(), 'Partner school visit');
          assert.equal(await page.locator('#new-until_on').inputValue(), '2019-10-01');
          await checkPage(page, viewport, `plan-refused-${viewport.name}`);

          await navigation(page, () => page.getByRole('link', { name: "See PS 4.0's page" }).click());
          assert.equal(await page.locator('#goals li').last().textContent(), added);
          await checkPage(page, viewport, `plan-cohort-${viewport.name}`);
        } finally {
          await page.close();
        }
      });
  });
}
