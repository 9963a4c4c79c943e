// The year's progress report as district staff and a local district's director use it, in
// Debian's Chromium at a desktop and a phone size, reached by clicking from their home page
// through the cohort's dashboard: the report asked for, built by the server's job runner while
// the list waits, then opened as a web page and downloaded as a PDF.
//
//   PRACTICA_BIN=build/practica node --test tests/browser/reports.test.mjs
//
// Every page is checked with axe-core, for script errors and failed requests, and on the phone
// for sideways scrolling.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { VIEWPORTS, checkPage, clickThrough, mainText, normalize, openPage, screenshot, signInAt, useDemo } from './kit.mjs';

const TEST = { timeout: 120_000 };
const demo = useDemo();

// The list, reloaded until the newest report is built (the runner was woken by the request).
async function waitUntilBuilt(page) {
  for (let i = 0; i < 60; i += 1) {
    const row = page.locator('#reports-table tbody tr').first();
    if (await row.count() && /Built/.test(await row.textContent())) return row;
    await page.waitForTimeout(1000);
    await page.reload({ waitUntil: 'load' });
  }
  assert.fail(`the report was not built: ${await mainText(page)}`);
}

for (const viewport of VIEWPORTS) {
  describe(`${viewport.name} (${viewport.width}x${viewport.height})`, () => {
    it('Allison Jonas builds the cohort\'s progress report from the dashboard and reads it', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signInAt(page, demo.server.url, 'allison.jonas@lausd.net');
        await clickThrough(page, page.locator('main')
          .getByRole('link', { name: 'Dashboard: every school at a glance' }).first());
        await clickThrough(page, page.locator('#dashboard-reports'));
        assert.match(new URL(page.url()).pathname, /^\/cohorts\/ps-\d-0\/reports$/);
        await checkPage(page, viewport, 'reports');

        await page.getByLabel('Schools it covers').selectOption({ label: 'Every school of the cohort' });
        await clickThrough(page, page.getByRole('button', { name: 'Build the report' }));
        assert.match(await page.locator('#saved').textContent(), /built in the background/);
        const row = await waitUntilBuilt(page);
        assert.match(normalize(await row.textContent()), /Every school/);
        await checkPage(page, viewport, 'reports-built');

        const [download] = await Promise.all([
          page.waitForEvent('download'),
          row.getByRole('link', { name: 'PDF' }).click(),
        ]);
        assert.match(download.suggestedFilename(), /^progress-report-\d+\.pdf$/);

        await clickThrough(page, row.getByRole('link', { name: /web page/ }));
        assert.match(await page.locator('h1').textContent(), /Innovative Designer|PS \d\.0/);
        assert.equal(await page.locator('.value').count(), 6, 'the six core values');
        assert.ok(await page.locator('#report-schools tbody tr').count() >= 10);
        await checkPage(page, viewport, 'report');
      } finally {
        await page.close();
      }
    });

    it('The Northeast\'s director builds a report of the Northeast only', TEST, async () => {
      await demo.browser.context.clearCookies();
      const page = await openPage(demo.browser.context, viewport, { origin: new URL(demo.server.url).origin });
      try {
        await signInAt(page, demo.server.url, 'director.northeast@practica.example');
        await clickThrough(page, page.locator('main')
          .getByRole('link', { name: /^Dashboard: your schools at a glance/ }).first());
        await clickThrough(page, page.locator('#dashboard-reports'));
        // No whole-cohort option, no other local district, and no staff forms.
        const options = (await page.getByLabel('Schools it covers').locator('option').allTextContents()).map(normalize);
        assert.deepEqual(options, ["Northeast's schools"]);
        assert.equal(await page.locator('#evidence-form').count(), 0);
        await clickThrough(page, page.getByRole('button', { name: 'Build the report' }));
        const row = await waitUntilBuilt(page);
        for (const text of await page.locator('#reports-table tbody tr').allTextContents()) {
          assert.match(normalize(text), /Northeast/, 'only the Northeast\'s reports are listed');
        }
        await clickThrough(page, row.getByRole('link', { name: /web page/ }));
        for (const district of await page.locator('#report-schools tbody td:nth-child(2)').allTextContents()) {
          assert.equal(normalize(district), 'Northeast');
        }
        await screenshot(page, viewport, 'report-northeast');
      } finally {
        await page.close();
      }
    });
  });
}
