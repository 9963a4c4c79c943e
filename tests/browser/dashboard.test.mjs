// The district's dashboard as district staff and a local district's director use it, in
// Debian's Chromium at a desktop and a phone size, reached by clicking from their home page:
// the cohort in charts (commitments by month, attendance by session) drawn from their tables,
// every school's row with its states in words, filtered by local district, sorted by a
// column, a cell opening its evidence; the Northeast's director sees the Northeast only.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/dashboard.test.mjs
//
// Every page is checked with axe-core, for script errors and failed requests, and on the phone
// for sideways scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, fillSignIn, mainText, normalize, openPage, useDemo } from './kit.mjs';

const TEST = { timeout: 90_000 };
const demo = useDemo();

async function navigation(page, action) {
  await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), action()]);
}

async function signIn(page, email) {
  await page.goto(demo.at('/sign-in'));
  await navigation(page, () => fillSignIn(page, email));
}

async function rowNames(page) {
  return (await page.locator('#dashboard-grid tbody th a').allTextContents()).map(normalize);
}

// The charts above the grid, each with a Chart.js chart on its canvas.
async function chartsDrawn(page, count) {
  const canvases = page.locator('.dashboard-charts canvas');
  await canvases.first().waitFor();
  assert.equal(await canvases.count(), count, 'charts above the grid');
  await page.waitForFunction(() => [...document.querySelectorAll('.dashboard-charts canvas')]
    .every((canvas) => window.Chart && window.Chart.getChart(canvas)));
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('Allison Jonas opens the dashboard from home, filters, sorts and opens a school\'s evidence',
      TEST, async () => {
        await demo.browser.context.clearCookies();
        const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
        try {
          await signIn(page, 'allison.jonas@lausd.net');
          await navigation(page, () => page.locator('main')
            .getByRole('link', { name: 'Dashboard: every school at a glance' }).first().click());
          assert.match(new URL(page.url()).pathname, /^\/cohorts\/ps-\d-0\/dashboard$/, await mainText(page));
          const all = await rowNames(page);
          assert.ok(all.length >= 10, `rows: ${all.length}`);
          // Each cell says its state in words as well as in colour.
          const cell = page.locator('#dashboard-grid tbody td[data-column="agreement"]').first();
          assert.match(normalize(await cell.textContent()), /\((On track|Follow up|Behind|Not yet)\)/);
          await checkPage(page, viewport, 'dashboard');

          await page.getByLabel('Local district').selectOption({ label: 'Northeast' });
          await page.waitForURL(/local_district=northeast/);
          await page.locator('#dashboard-grid').waitFor();
          const northeast = await rowNames(page);
          assert.ok(northeast.length > 0 && northeast.length < all.length, `${northeast.length} of ${all.length}`);
          assert.ok(northeast.includes('Garvanza Elementary Technology and Leadership Magnet'), northeast.join(', '));
          await checkPage(page, viewport, 'dashboard-northeast');

          await navigation(page, () => page.locator('#dashboard-grid thead').getByRole('link', { name: 'Commitments' }).click());
          assert.match(page.url(), /sort=commitments/);
          assert.match(page.url(), /local_district=northeast/, 'the filter is kept when sorting');
          assert.equal(await page.locator('#dashboard-grid th[aria-sort="descending"]').count(), 1);
          assert.match(await page.locator('#dashboard-sorted').textContent(), /Sorted by Commitments, worst first/);

          await navigation(page, () => page.locator('#dashboard-grid tbody td[data-column="commitments"] a').first().click());
          assert.match(new URL(page.url()).pathname, /^\/cohorts\/ps-\d-0\/schools\/[^/]+\/commitments$/);
          await checkPage(page, viewport, 'dashboard-evidence');
        } finally {
          await page.close();
        }
      });

    it('Allison Jonas reads PS 3.0\'s year in charts, drawn again for a local district', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signIn(page, 'allison.jonas@lausd.net');
        // From the program's page (the header's first link), PS 3.0's card, then its dashboard.
        await navigation(page, () => page.locator('header a[href="/"]').first().click());
        await navigation(page, () => page.locator('main a[href="/cohorts/ps-3-0"]').first().click());
        await navigation(page, () => page.locator('#dashboard-link').click());
        assert.equal(new URL(page.url()).pathname, '/cohorts/ps-3-0/dashboard');
        await chartsDrawn(page, 2);
        assert.equal(await page.locator('#dashboard-months tbody tr').count(), 11, 'August 2018 to June 2019');
        assert.match(normalize(await page.locator('#dashboard-sessions tbody').textContent()), /Sep 28, 2018: /);
        await checkPage(page, viewport, 'dashboard-charts');

        await page.getByLabel('Local district').selectOption({ label: 'Northeast' });
        await page.waitForURL(/local_district=northeast/);
        await chartsDrawn(page, 2);  // the filter swapped the region: the charts are drawn again
        await checkPage(page, viewport, 'dashboard-charts-northeast');
      } finally {
        await page.close();
      }
    });

    it('Marcus Lee, the Northeast\'s director, sees the Northeast\'s schools only', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signIn(page, 'director.northeast@practica.example');
        await navigation(page, () => page.locator('main')
          .getByRole('link', { name: 'Dashboard: your schools at a glance' }).first().click());
        const rows = page.locator('#dashboard-grid tbody tr');
        assert.ok(await rows.count() > 0, await mainText(page));
        for (const district of await page.locator('#dashboard-grid tbody th .small').allTextContents()) {
          assert.match(normalize(district), /^Northeast/);
        }
        assert.equal(await page.getByLabel('Local district').count(), 0, 'one local district: no filter to offer');
        await checkPage(page, viewport, 'dashboard-director');
      } finally {
        await page.close();
      }
    });
  });
}
