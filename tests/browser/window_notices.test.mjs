// "Be told when applications open" on the public home page, with JavaScript on, in Debian's
// Chromium at a desktop and a phone size: a visitor leaves an address and reads the
// confirmation on the same page. The demo's newest window (PS 3.0's) closed in 2018, so the
// form is offered. Every page is checked with axe-core, and on the phone for sideways scrolling.
//
//   SCREENSHOT_DIR=/tmp/shots PRACTICA_BIN=build/practica node --test tests/browser/window_notices.test.mjs
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, mainText, openPage, useDemo } from './kit.mjs';

const TEST = { timeout: 45_000 };

const demo = useDemo();
const at = demo.at;

for (const viewport of VIEWPORTS) {
  describe(`the window notice at ${viewport.name} size`, () => {
    it('takes a visitor\'s address and confirms on the same page', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      await page.goto(at('/'));
      await checkPage(page, viewport, 'home-notice-form');

      await page.getByLabel('Your e-mail address').fill(`visitor.${viewport.name}@example.org`);
      await Promise.all([
        page.waitForURL((url) => url.searchParams.get('notice') === 'asked'),
        page.getByRole('button', { name: 'Tell me' }).click(),
      ]);

      const confirmation = page.locator('#notice-asked');
      assert.match(await confirmation.textContent(), /Thank you\. That address will be told by e-mail/,
        await mainText(page));
      assert.equal(new URL(page.url()).pathname, '/');
      assert.equal(await page.getByLabel('Your e-mail address').inputValue(), '',
        'the address is not shown back');
      await checkPage(page, viewport, 'home-notice-confirmed');
      await page.close();
    });
  });
}
