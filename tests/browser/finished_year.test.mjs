// A finished school year's participations, as the program director sees them in Debian's
// Chromium at a desktop and a phone size: PS 3.0's 2018-2019 year ended on June 30, 2019, so its
// schools read as they ended and no form offers to sign, change the team or assign a coach.
//
//   SCREENSHOT_DIR=/tmp/shots PRACTICA_BIN=build/practica node --test tests/browser/finished_year.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, fillSignIn, mainText, openPage, useDemo } from './kit.mjs';

const TEST = { timeout: 45_000 };

const demo = useDemo();
const at = demo.at;

async function signInAs(page, email, next) {
  await page.goto(at(`/sign-in?next=${encodeURIComponent(next)}`));
  await Promise.all([page.waitForURL((url) => url.pathname === next), fillSignIn(page, email)]);
}

for (const viewport of VIEWPORTS) {
  describe(`a finished year at ${viewport.name} size`, () => {
    it('shows PS 3.0\'s participations as they ended, with nothing to change', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      await signInAs(page, 'sophia.mendoza@lausd.net', '/cohorts/ps-3-0/participations');

      assert.match(await page.locator('#year-over').textContent(), /PS 3\.0's 2018-2019 school year ended on Sunday, June 30, 2019/);
      assert.equal(await page.locator('#participations form').count(), 0, 'no coach to assign');
      assert.doesNotMatch(await mainText(page), /Awaiting signatures/);
      await checkPage(page, viewport, 'finished-year-overview');

      await page.goto(at('/cohorts/ps-3-0/schools/hope-street-es/participation'));
      assert.equal(await page.locator('#state').textContent(), 'Never signed', await mainText(page));
      assert.equal(await page.locator('main form').count(), 0, 'no form on a finished year');
      await checkPage(page, viewport, 'finished-year-participation');
      await page.close();
    });
  });
}
