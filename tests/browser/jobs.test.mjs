// The jobs page and the e-mail choices on the account page, in Debian's Chromium at a desktop
// and a phone size.
//
//   SCREENSHOT_DIR=/tmp/shots PRACTICA_BIN=build/practica node --test tests/browser/jobs.test.mjs
//
// The server runs its job runner as `practica serve` does, so the page shows the day's planning
// jobs. Every page visited is checked with axe-core, for scripts that throw, for sub-resources
// that fail, and on the phone for horizontal scrolling.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startDemoServer } from '../rig/server.mjs';
import { VIEWPORTS, checkPage, fillSignIn, launchBrowser, mainText, openPage } from './kit.mjs';

const TEST = { timeout: 45_000 };

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

const at = (pathname) => new URL(pathname, server.url).href;

async function signInAs(page, email, next) {
  await page.goto(at(`/sign-in?next=${encodeURIComponent(next)}`));
  await Promise.all([page.waitForURL((url) => url.pathname === next), fillSignIn(page, email)]);
}

for (const viewport of VIEWPORTS) {
  describe(`jobs and e-mail choices at ${viewport.name} size`, () => {
    it('shows district staff the jobs with counts per state and a filter', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      await signInAs(page, 'sophia.mendoza@lausd.net', '/jobs');

      await page.waitForFunction(() => document.querySelectorAll('#jobs tbody tr').length > 0,
        null, { timeout: 10_000 }).catch(() => page.reload());
      assert.match(await page.locator('#job-counts').textContent(), /queued/);
      await page.locator('#jobs-state').selectOption('done');
      await Promise.all([page.waitForURL(/state=done/), page.getByRole('button', { name: 'Filter' }).click()]);

      for (const state of await page.locator('#jobs tbody .tag').allTextContents()) {
        assert.equal(state.trim(), 'done', await mainText(page));
      }
      await checkPage(page, viewport, 'jobs');
      await page.close();
    });

    it('lets a coach turn the weekly digest off and keeps the choice', TEST, async () => {
      await browser.context.clearCookies();
      const page = await openPage(browser.context, viewport, { origin: new URL(server.url).origin });
      await signInAs(page, 'coach@practica.example', '/account');
      const digest = page.getByLabel(/The weekly digest/);
      await digest.check();

      await digest.uncheck();
      // The page is already at /account: wait for the form's own navigation, not the URL.
      await Promise.all([
        page.waitForNavigation({ waitUntil: 'load' }),
        page.getByRole('button', { name: 'Save e-mail choices' }).click(),
      ]);
      await page.reload();

      assert.equal(await page.getByLabel(/The weekly digest/).isChecked(), false);
      assert.equal(await page.getByLabel(/Reminders a week/).isChecked(), true);
      await checkPage(page, viewport, 'account-email');
      await page.close();
    });
  });
}
